package fr.pacte.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Issue 13, item 5: the embedded server asks for a password (scram-sha-256, loopback only), never {@code trust}. The
 * password is generated on the first start and kept in the data directory ({@value #FICHIER}, readable by its owner
 * only), never in the repository. When the file is missing (a data directory of an earlier version, or a deleted
 * file), access is opened for that one start, a new password is set, and access is closed again.
 */
final class AccesProtege {

    static final String FICHIER = "pacte-motdepasse";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final String HBA_MOT_DE_PASSE = """
            # Pacte : PostgreSQL embarqué, mot de passe obligatoire (scram-sha-256), boucle locale seulement.
            # Fichier réécrit à chaque démarrage ; le mot de passe est dans pacte-motdepasse (droits 600).
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;
    private static final String HBA_OUVERT = """
            # Pacte : accès ouvert le temps de définir un nouveau mot de passe (un seul démarrage).
            local   all             all                                     trust
            host    all             all             127.0.0.1/32            trust
            host    all             all             ::1/128                 trust
            """;

    private final Path donnees;
    private final String motDePasse;
    private final boolean nouveau;

    private AccesProtege(Path donnees, String motDePasse, boolean nouveau) {
        this.donnees = donnees;
        this.motDePasse = motDePasse;
        this.nouveau = nouveau;
    }

    /** Before the start: the kept password, or a new one (and access opened for this start to set it). */
    static AccesProtege preparer(Path donnees) throws IOException {
        Path fichier = donnees.resolve(FICHIER);
        Optional<String> garde = Files.exists(fichier) ? Optional.of(Files.readString(fichier).strip())
                .filter(m -> !m.isEmpty()) : Optional.empty();
        if (garde.isPresent()) {
            return new AccesProtege(donnees, garde.get(), false);
        }
        if (Files.exists(donnees.resolve("pg_hba.conf"))) {
            Files.writeString(donnees.resolve("pg_hba.conf"), HBA_OUVERT);
        }
        return new AccesProtege(donnees, generer(), true);
    }

    String motDePasse() {
        return motDePasse;
    }

    /** After the start: keep the password, set it on the role, require it from now on. */
    void appliquer(EmbeddedPostgres serveur) throws IOException, SQLException {
        if (nouveau) {
            Path fichier = donnees.resolve(FICHIER);
            Files.deleteIfExists(fichier);
            try {
                Files.createFile(fichier, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(fichier);
                fichier.toFile().setReadable(false, false);
                fichier.toFile().setReadable(true, true);
            }
            Files.writeString(fichier, motDePasse + "\n");
        }
        try (Connection connexion = serveur.getPostgresDatabase().getConnection();
                Statement requete = connexion.createStatement()) {
            requete.execute("set password_encryption = 'scram-sha-256'");
            // The password is made of letters and digits only: nothing to escape.
            requete.execute("alter role postgres with password '" + motDePasse + "'");
            Files.writeString(donnees.resolve("pg_hba.conf"), HBA_MOT_DE_PASSE);
            requete.execute("select pg_reload_conf()");
        }
    }

    private static String generer() {
        SecureRandom hasard = new SecureRandom();
        StringBuilder mot = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            mot.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return mot.toString();
    }
}
