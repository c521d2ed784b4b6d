package fr.pacte.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pacte.PacteApplication;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, item 5: the app is killed with {@code kill -9} (a child JVM), its embedded PostgreSQL survives as an
 * orphan holding {@code postmaster.pid}; the next start stops it and starts cleanly, with the data. The server runs
 * with fsync on and asks for the password kept in the data directory (owner-only).
 */
class RedemarrageApresArretBrutalIT {

    @Test
    @DisplayName("Après kill -9 de l'application, le PostgreSQL orphelin est arrêté et le redémarrage fonctionne ; fsync actif, mot de passe exigé")
    void restartsAfterKillMinus9() throws Exception {
        Path donnees = Files.createTempDirectory("pacte-kill").resolve("postgres");
        Path journal = Files.createTempFile("pacte-kill", ".log");
        Process enfant = enfant(donnees, journal);
        long orphelin;
        try {
            attendreDemarrage(enfant, journal);
            orphelin = pidServeur(donnees).orElseThrow();
            int port = Integer.parseInt(Files.readAllLines(donnees.resolve("postmaster.pid")).get(3).strip());
            String motDePasse = Files.readString(donnees.resolve(AccesProtege.FICHIER)).strip();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(donnees.resolve(AccesProtege.FICHIER))))
                    .isEqualTo("rw-------");
            String url = "jdbc:postgresql://localhost:" + port + "/pacte";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "mauvais"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (var connexion = DriverManager.getConnection(url, "postgres", motDePasse);
                    var fsync = connexion.createStatement().executeQuery("show fsync")) {
                fsync.next();
                assertThat(fsync.getString(1)).isEqualTo("on");
            }
        } finally {
            enfant.destroyForcibly(); // SIGKILL: no shutdown hook runs, the server is left behind
            enfant.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(orphelin).map(ProcessHandle::isAlive)).as("le serveur orphelin").contains(true);

        try (ConfigurableApplicationContext apres = new SpringApplicationBuilder(PacteApplication.class)
                .run("--server.port=0", "--pacte.embedded.data-directory=" + donnees)) {
            assertThat(apres.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from fiche_action f join convention c on c.id = f.convention_id "
                            + "where c.numero_interne = '2024-C-DGAS-DAS-0001'", Integer.class)).isGreaterThan(20);
            assertThat(ProcessHandle.of(orphelin).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    private static Process enfant(Path donnees, Path journal) throws Exception {
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> commande = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, PacteApplication.class.getName(), "--server.port=0",
                "--pacte.embedded.data-directory=" + donnees, "--spring.main.banner-mode=off"));
        ProcessBuilder pb = new ProcessBuilder(commande).redirectErrorStream(true).redirectOutput(journal.toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        return pb.start();
    }

    private static void attendreDemarrage(Process enfant, Path journal) throws Exception {
        long fin = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < fin) {
            String sortie = Files.readString(journal);
            if (sortie.contains("Started PacteApplication")) {
                return;
            }
            assertThat(enfant.isAlive()).as("l'application enfant démarre :%n%s", sortie).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("L'application enfant n'a pas démarré :" + File.separator + Files.readString(journal));
    }

    private static Optional<Long> pidServeur(Path donnees) throws Exception {
        Path pid = donnees.resolve("postmaster.pid");
        return Files.exists(pid) ? Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())) : Optional.empty();
    }
}
