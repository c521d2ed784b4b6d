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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code SPRING_DATASOURCE_URL}, Pacte starts a real PostgreSQL itself, with its data in
 * {@code ./data/postgres} so that what a newcomer types survives a restart. Never H2: the app only speaks PostgreSQL.
 * Issue 13: fsync on, password authentication ({@link AccesProtege}), an orphan server of a killed app stopped before
 * the start ({@link ServeurOrphelin}), and the pool's fail-fast timeouts of application.properties.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SansUrlDeBaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String BASE = "pacte";

    // Static so that the server starts before, and apart from, any bean that uses JDBC (Flyway would meet a cycle).
    @Bean(destroyMethod = "close")
    static EmbeddedPostgres embeddedPostgres(@Value("${pacte.embedded.data-directory:data/postgres}") String repertoire,
            @Value("${pacte.embedded.port:0}") int port) throws IOException, SQLException {
        Path donnees = Path.of(repertoire).toAbsolutePath().normalize();
        Files.createDirectories(donnees);
        // Issue 13: a server left running by a kill -9 of the app is stopped first, so that a restart always works.
        ServeurOrphelin.arreter(donnees);
        AccesProtege acces = AccesProtege.preparer(donnees);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(donnees)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                // zonky starts postgres with -F (fsync off); a later -c wins: what a newcomer types survives a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", acces.motDePasse());
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres serveur = builder.start();
        acces.appliquer(serveur);
        MOTS_DE_PASSE.put(serveur, acces.motDePasse());
        log.info("PostgreSQL embarqué démarré sur le port {} ; données dans {} (mot de passe dans {}). Pour utiliser "
                + "un autre serveur, définissez SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME et "
                + "SPRING_DATASOURCE_PASSWORD.", serveur.getPort(), donnees, AccesProtege.FICHIER);
        return serveur;
    }

    private static final java.util.Map<EmbeddedPostgres, String> MOTS_DE_PASSE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The pool binds {@code spring.datasource.hikari.*} (timeouts of issue 13) like the one Boot would make. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres serveur) throws SQLException {
        creerBaseSiAbsente(serveur);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(serveur.getJdbcUrl("postgres", BASE));
        dataSource.setUsername("postgres");
        dataSource.setPassword(MOTS_DE_PASSE.get(serveur));
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
