package fr.pacte.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test run, chosen as the README says: {@code TEST_DATABASE_URL} when set (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), else Testcontainers when a Docker engine answers,
 * else an embedded PostgreSQL. Never H2. Each Spring test context then gets a database of its own on it.
 */
final class ServeurPostgresDeTest {

    private static final AtomicInteger COMPTEUR = new AtomicInteger();
    private static ServeurPostgresDeTest instance;

    private final String urlAdmin;
    private final String utilisateur;
    private final String motDePasse;
    private final String modeleUrl;

    private ServeurPostgresDeTest(String urlAdmin, String utilisateur, String motDePasse, String modeleUrl) {
        this.urlAdmin = urlAdmin;
        this.utilisateur = utilisateur;
        this.motDePasse = motDePasse;
        this.modeleUrl = modeleUrl;
    }

    static synchronized ServeurPostgresDeTest get() {
        if (instance == null) {
            instance = demarrer();
        }
        return instance;
    }

    private static ServeurPostgresDeTest demarrer() {
        String externe = System.getenv("TEST_DATABASE_URL");
        if (externe != null && !externe.isBlank()) {
            String user = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
            String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
            int debutBase = externe.indexOf('/', "jdbc:postgresql://".length());
            int finBase = externe.indexOf('?') >= 0 ? externe.indexOf('?') : externe.length();
            String modele = externe.substring(0, debutBase + 1) + "%s" + externe.substring(finBase);
            return new ServeurPostgresDeTest(externe, user, password, modele);
        }
        if (dockerDisponible()) {
            PostgreSQLContainer conteneur = new PostgreSQLContainer("postgres:17-alpine");
            conteneur.start();
            String url = conteneur.getJdbcUrl();
            int debutBase = url.indexOf('/', "jdbc:postgresql://".length());
            String modele = url.substring(0, debutBase + 1) + "%s";
            return new ServeurPostgresDeTest(url, conteneur.getUsername(), conteneur.getPassword(), modele);
        }
        try {
            EmbeddedPostgres serveur = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    serveur.close();
                } catch (IOException e) {
                    // the JVM is stopping anyway
                }
            }));
            return new ServeurPostgresDeTest(serveur.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    serveur.getJdbcUrl("postgres", "%s"));
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de démarrer PostgreSQL embarqué pour les tests", e);
        }
    }

    private static boolean dockerDisponible() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Creates an empty database for one test context and returns its JDBC URL. */
    String nouvelleBase() {
        String nom = "pacte_test_" + ProcessHandle.current().pid() + "_" + COMPTEUR.incrementAndGet();
        executer("create database " + nom);
        return modeleUrl.formatted(nom);
    }

    void supprimer(String url) {
        String nom = url.replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        executer("drop database if exists " + nom + " with (force)");
    }

    String utilisateur() {
        return utilisateur;
    }

    String motDePasse() {
        return motDePasse;
    }

    private void executer(String sql) {
        try (Connection connexion = DriverManager.getConnection(urlAdmin, utilisateur, motDePasse);
                Statement requete = connexion.createStatement()) {
            requete.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Échec sur le serveur PostgreSQL de test : " + sql, e);
        }
    }
}
