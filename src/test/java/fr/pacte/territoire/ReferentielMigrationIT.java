package fr.pacte.territoire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.BaseDeTest;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 12 item 1: the reference territories are a migration, not demo data. They load on a fresh database
 * without the demo, and on a database where the demo already inserted région 75 and Départements 86, 79 and 99.
 */
class ReferentielMigrationIT {

    private static JdbcTemplate migrer(BaseDeTest base, String... emplacements) {
        DriverManagerDataSource source = new DriverManagerDataSource(base.url(), base.utilisateur(), base.motDePasse());
        Flyway.configure().dataSource(source).locations(emplacements).outOfOrder(true).load().migrate();
        return new JdbcTemplate(source);
    }

    @Test
    @DisplayName("Référentiel — base neuve sans démo : 101 Départements, 18 régions, leurs préfectures et collectivités")
    void freshDatabaseHoldsEveryDepartementAndRegion() {
        try (BaseDeTest base = new BaseDeTest()) {
            JdbcTemplate jdbc = migrer(base, "classpath:db/migration");

            assertThat(jdbc.queryForObject("select count(*) from departement", Integer.class)).isEqualTo(101);
            assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(18);
            assertThat(jdbc.queryForList("select code from departement where code in ('2A', '2B', '971', '972', '973', "
                    + "'974', '976') order by code", String.class))
                    .containsExactly("2A", "2B", "971", "972", "973", "974", "976");
            assertThat(jdbc.queryForObject("select count(*) from departement where code = '975'", Integer.class)).isZero();
            assertThat(jdbc.queryForMap("select d.nom, r.code as region, r.nom as region_nom from departement d "
                    + "join region r on r.id = d.region_id where d.code = '2A'"))
                    .containsEntry("nom", "Corse-du-Sud").containsEntry("region", "94").containsEntry("region_nom", "Corse");
            assertThat(jdbc.queryForObject("select count(*) from departement d join region r on r.id = d.region_id "
                    + "where r.code = '75'", Integer.class)).isEqualTo(12);

            assertThat(jdbc.queryForObject("select count(*) from organisation where type = 'DEPARTEMENT'", Integer.class))
                    .isEqualTo(101);
            assertThat(jdbc.queryForObject("select count(*) from organisation where type = 'PREFECTURE_DEPARTEMENT'",
                    Integer.class)).isEqualTo(101);
            assertThat(jdbc.queryForObject("select count(*) from organisation where type = 'PREFECTURE_REGION'",
                    Integer.class)).isEqualTo(18);
            assertThat(noms(jdbc, "86")).containsExactly("Département de la Vienne", "Préfecture de la Vienne");
            assertThat(noms(jdbc, "79")).containsExactly("Département des Deux-Sèvres", "Préfecture des Deux-Sèvres");
            assertThat(noms(jdbc, "28")).containsExactly("Département d'Eure-et-Loir", "Préfecture d'Eure-et-Loir");
            assertThat(jdbc.queryForObject("select o.nom from organisation o join region r on r.id = o.region_id "
                    + "where r.code = '75'", String.class)).isEqualTo("Préfecture de la région Nouvelle-Aquitaine");
            assertThat(jdbc.queryForObject("select count(*) from utilisateur", Integer.class)).isZero();
        }
    }

    @Test
    @DisplayName("Référentiel — sur une base de démo : les territoires de démo restent, les comptes sont rattachés")
    void demoDatabaseKeepsItsTerritoriesAndLinksAccounts() {
        try (BaseDeTest base = new BaseDeTest()) {
            JdbcTemplate jdbc = migrer(base, "classpath:db/migration", "classpath:db/demo");

            assertThat(jdbc.queryForObject("select count(*) from departement", Integer.class)).isEqualTo(102);
            assertThat(jdbc.queryForObject("select nom from departement where code = '99'", String.class))
                    .isEqualTo("Val-de-Brume (fictif)");
            assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(19);
            assertThat(jdbc.queryForObject("select nom from departement where code = '79'", String.class))
                    .isEqualTo("Deux-Sèvres");
            Map<String, String> rattachements = Map.of(
                    "agent.departement", "Département de la Vienne",
                    "finances.vienne", "Département de la Vienne",
                    "ddets86", "Préfecture de la Vienne",
                    "agent.deux-sevres", "Département des Deux-Sèvres",
                    "prefecture.na", "Préfecture de la région Nouvelle-Aquitaine",
                    "agent.autre", "Département de Val-de-Brume (fictif)");
            rattachements.forEach((login, organisation) -> assertThat(jdbc.queryForObject(
                    "select o.nom from utilisateur u join organisation o on o.id = u.organisation_id where u.login = ?",
                    String.class, login)).as(login).isEqualTo(organisation));
            assertThat(jdbc.queryForObject("select organisation from utilisateur where login = 'ddets86'", String.class))
                    .isEqualTo("Préfecture de la Vienne — DDETS 86");
            assertThat(jdbc.queryForObject("select organisation_id from utilisateur where login = 'admin'", Long.class))
                    .isNull();
        }
    }

    private static List<String> noms(JdbcTemplate jdbc, String departement) {
        return jdbc.queryForList("select o.nom from organisation o join departement d on d.id = o.departement_id "
                + "where d.code = ? order by o.type", String.class, departement);
    }
}
