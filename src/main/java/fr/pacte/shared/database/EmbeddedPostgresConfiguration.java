package fr.pacte.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code SPRING_DATASOURCE_URL}, Pacte starts a real PostgreSQL itself, with its data in
 * {@code ./data/postgres} so that what a newcomer types survives a restart. Never H2: the app only speaks PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SansUrlDeBaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String BASE = "pacte";

    // Static so that the server starts before, and apart from, any bean that uses JDBC (Flyway would meet a cycle).
    @Bean(destroyMethod = "close")
    static EmbeddedPostgres embeddedPostgres(@Value("${pacte.embedded.data-directory:data/postgres}") String repertoire,
            @Value("${pacte.embedded.port:0}") int port) throws IOException {
        Path donnees = Path.of(repertoire).toAbsolutePath().normalize();
        Files.createDirectories(donnees);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(donnees)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres serveur = builder.start();
        log.info("PostgreSQL embarqué démarré sur le port {} ; données dans {}. Pour utiliser un autre serveur, "
                + "définissez SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME et SPRING_DATASOURCE_PASSWORD.",
                serveur.getPort(), donnees);
        return serveur;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres serveur) throws SQLException {
        creerBaseSiAbsente(serveur);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(serveur.getJdbcUrl("postgres", BASE));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("pacte-embarque");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static void creerBaseSiAbsente(EmbeddedPostgres serveur) throws SQLException {
        try (Connection connexion = serveur.getPostgresDatabase().getConnection();
                Statement requete = connexion.createStatement();
                ResultSet existe = requete.executeQuery("select 1 from pg_database where datname = '" + BASE + "'")) {
            if (!existe.next()) {
                requete.execute("create database " + BASE);
            }
        }
    }
}
