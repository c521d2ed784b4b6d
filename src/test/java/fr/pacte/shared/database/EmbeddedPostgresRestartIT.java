package fr.pacte.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.PacteApplication;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newcomer's set-up: no SPRING_DATASOURCE_URL, so the app starts its own PostgreSQL with the demo profile, and
 * an amount changed before a restart is still there after it (the data directory survives).
 */
class EmbeddedPostgresRestartIT {

    private static final String MONTANT_FICHE_7 = """
            select montant from ligne_financement l join fiche_action f on f.id = l.fiche_id
            where f.numero = '7' and l.financeur = 'ETAT' and l.exercice = 2024""";

    @Test
    @DisplayName("Sans SPRING_DATASOURCE_URL : PostgreSQL embarqué, profil demo, et un montant modifié survit au redémarrage")
    void editedAmountSurvivesARestart() throws Exception {
        Path donnees = Files.createTempDirectory("pacte-donnees");
        try (ConfigurableApplicationContext premier = demarrer(donnees)) {
            assertThat(premier.getBean(Environment.class).getActiveProfiles()).contains("demo");
            JdbcTemplate jdbc = premier.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(MONTANT_FICHE_7, BigDecimal.class)).isEqualByComparingTo("10000.00");
            jdbc.update("update ligne_financement set montant = 12345.67 where id = (select l.id from ligne_financement l "
                    + "join fiche_action f on f.id = l.fiche_id where f.numero = '7' and l.financeur = 'ETAT' and l.exercice = 2024)");
        }
        try (ConfigurableApplicationContext second = demarrer(donnees)) {
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(MONTANT_FICHE_7, BigDecimal.class))
                    .isEqualByComparingTo("12345.67");
        }
    }

    private static ConfigurableApplicationContext demarrer(Path donnees) {
        return new SpringApplicationBuilder(PacteApplication.class)
                .run("--server.port=0", "--pacte.embedded.data-directory=" + donnees.resolve("postgres"));
    }
}
