package fr.pacte.securite;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * R-SEC-11 (issue 12 item 2): a password has at least {@value #LONGUEUR_MIN} characters, at most
 * {@value #OCTETS_MAX} bytes (what bcrypt reads), and contains neither the login nor a word of the account's name
 * (accents and case aside): "Agent des Deux-Sèvres" may not choose "deux-sevres-2026".
 */
final class MotDePasseRule {

    static final int LONGUEUR_MIN = 12;
    static final int OCTETS_MAX = 72;
    /** Shorter words of a name ("de", "la", "79") are too common to refuse. */
    private static final int MOT_MIN = 4;

    private MotDePasseRule() {
    }

    static List<Refus> verifier(String champ, String motDePasse, String login, String nomAffiche) {
        List<Refus> refus = new ArrayList<>();
        String mdp = motDePasse == null ? "" : motDePasse;
        if (mdp.codePointCount(0, mdp.length()) < LONGUEUR_MIN) {
            refus.add(Refus.de(champ, "motDePasse.court", LONGUEUR_MIN));
            return refus;
        }
        if (mdp.getBytes(StandardCharsets.UTF_8).length > OCTETS_MAX) {
            refus.add(Refus.de(champ, "motDePasse.long", OCTETS_MAX));
        }
        String simple = simplifier(mdp);
        String identifiant = simplifier(login == null ? "" : login);
        if (!identifiant.isEmpty() && simple.contains(identifiant)) {
            refus.add(Refus.de(champ, "motDePasse.identifiant"));
            return refus;
        }
        mots(login, nomAffiche).filter(simple::contains).findFirst()
                .ifPresent(mot -> refus.add(Refus.de(champ, "motDePasse.nom", mot)));
        return refus;
    }

    private static Stream<String> mots(String login, String nomAffiche) {
        String tout = (login == null ? "" : login) + " " + (nomAffiche == null ? "" : nomAffiche);
        return Arrays.stream(sansAccents(tout).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(mot -> mot.length() >= MOT_MIN)
                .distinct();
    }

    /** Lower case, no accents, letters and digits only: "Deux-Sèvres" and "deuxsevres" meet. */
    private static String simplifier(String texte) {
        return sansAccents(texte).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String sansAccents(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
