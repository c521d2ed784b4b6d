package fr.pacte.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 13, item 5: after a {@code kill -9} of the app, its embedded PostgreSQL keeps running on the data directory
 * and the next start fails on {@code postmaster.pid}. Before starting, this stops such an orphan: the server named by
 * {@code postmaster.pid}, when it is a live {@code postgres} of this very data directory and no running app holds the
 * directory's lock. A PID file left by a dead or unrelated process is removed (PostgreSQL refuses to start while its
 * PID is alive, even when the PID was reused). Another app still running on the directory is never touched: the start
 * stops with a French message instead.
 */
final class ServeurOrphelin {

    private static final Logger log = LoggerFactory.getLogger(ServeurOrphelin.class);
    /** The lock file zonky's EmbeddedPostgres holds while its JVM runs. */
    static final String VERROU = "epg-lock";
    static final String PID = "postmaster.pid";

    private ServeurOrphelin() {
    }

    static void arreter(Path donnees) throws IOException {
        Path fichierPid = donnees.resolve(PID);
        if (!Files.exists(fichierPid)) {
            return;
        }
        verifierQuePersonneNUtilise(donnees);
        Optional<ProcessHandle> processus = pid(fichierPid).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (processus.isEmpty()) {
            return; // PostgreSQL removes the PID file of a dead server itself
        }
        ProcessHandle serveur = processus.get();
        if (serveur.pid() == ProcessHandle.current().pid() || !estPostgresDe(serveur, donnees)) {
            log.warn("Fichier {} laissé par un arrêt brutal (PID {} réutilisé par un autre programme) : supprimé.",
                    fichierPid, serveur.pid());
            Files.deleteIfExists(fichierPid);
            return;
        }
        log.warn("PostgreSQL embarqué orphelin (PID {}) sur {} après un arrêt brutal de Pacte : arrêt avant "
                + "redémarrage.", serveur.pid(), donnees);
        // SIGTERM then SIGINT (fast shutdown): its clients died with the old JVM, it stops cleanly; SIGKILL last.
        serveur.destroy();
        if (!attendre(serveur, 15)) {
            signal("-INT", serveur.pid());
            if (!attendre(serveur, 15)) {
                serveur.destroyForcibly();
                attendre(serveur, 10);
            }
        }
        if (serveur.isAlive()) {
            throw new IllegalStateException("Le PostgreSQL embarqué orphelin (PID " + serveur.pid() + ") sur " + donnees
                    + " ne s'arrête pas : arrêtez-le (kill " + serveur.pid() + ") puis relancez Pacte.");
        }
    }

    private static void verifierQuePersonneNUtilise(Path donnees) throws IOException {
        Path verrou = donnees.resolve(VERROU);
        if (!Files.exists(verrou)) {
            return;
        }
        try (FileChannel canal = FileChannel.open(verrou, StandardOpenOption.WRITE); FileLock prise = canal.tryLock()) {
            if (prise == null) {
                throw dejaUtilise(donnees);
            }
        } catch (OverlappingFileLockException e) {
            throw dejaUtilise(donnees);
        }
    }

    private static IllegalStateException dejaUtilise(Path donnees) {
        return new IllegalStateException("Un autre Pacte en cours d'exécution utilise déjà les données " + donnees
                + " : arrêtez-le, ou donnez un autre répertoire (--pacte.embedded.data-directory=…).");
    }

    private static Optional<Long> pid(Path fichierPid) {
        try {
            List<String> lignes = Files.readAllLines(fichierPid);
            return lignes.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lignes.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A postgres executable whose command line names this data directory (when the system shows it). */
    static boolean estPostgresDe(ProcessHandle processus, Path donnees) {
        ProcessHandle.Info info = processus.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        return info.commandLine().or(() -> info.arguments().map(a -> String.join(" ", a)))
                .map(ligne -> ligne.contains(donnees.toString()) || ligne.contains(reel(donnees)))
                .orElse(true);
    }

    private static String reel(Path donnees) {
        try {
            return donnees.toRealPath().toString();
        } catch (IOException e) {
            return donnees.toString();
        }
    }

    private static boolean attendre(ProcessHandle processus, int secondes) {
        try {
            processus.onExit().get(secondes, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !processus.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !processus.isAlive();
        }
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // not on a Unix system: the forced stop follows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
