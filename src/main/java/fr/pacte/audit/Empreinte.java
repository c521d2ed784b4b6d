package fr.pacte.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * R-SEC-10: the SHA-256 (hex) of an entry's content and of the previous entry's hash, as in démarches-simplifiées'
 * operation log. Every field is written with its length ({@code 5:admin}, {@code -:} for null), so that no two
 * different entries have the same text; the timestamp to the microsecond, as PostgreSQL keeps it. Plain Java.
 */
final class Empreinte {

    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Empreinte() {
    }

    static String de(EntreeJournal e) {
        StringBuilder texte = new StringBuilder();
        champ(texte, String.valueOf(e.id()));
        champ(texte, e.horodatage() == null ? null : HORODATAGE.format(e.horodatage()));
        champ(texte, e.conventionId() == null ? null : e.conventionId().toString());
        champ(texte, e.version() == null ? null : e.version().toString());
        champ(texte, e.ficheId() == null ? null : e.ficheId().toString());
        champ(texte, e.utilisateur());
        champ(texte, e.role());
        champ(texte, e.action());
        champ(texte, e.objet());
        champ(texte, e.objetId() == null ? null : e.objetId().toString());
        champ(texte, e.champ());
        champ(texte, e.avant());
        champ(texte, e.apres());
        champ(texte, e.commentaire());
        champ(texte, e.hashPrecedent());
        try {
            byte[] empreinte = MessageDigest.getInstance("SHA-256").digest(texte.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(empreinte);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }

    private static void champ(StringBuilder texte, String valeur) {
        if (valeur == null) {
            texte.append("-:");
        } else {
            texte.append(valeur.length()).append(':').append(valeur);
        }
        texte.append('|');
    }
}
