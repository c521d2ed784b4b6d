package fr.pacte.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison of labels as people type them: without regard to case, accents or spaces
 * (contracts/tableau-financier.md: column names, declared-row keywords, axe labels).
 */
public final class Libelles {

    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");
    private static final Pattern ESPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");

    private Libelles() {
    }

    /** {@code "  Département "} → {@code "departement"}; {@code "Sous-Total  Axe 3"} → {@code "sous-total axe 3"}. */
    public static String normaliser(String texte) {
        if (texte == null) {
            return "";
        }
        String sansAccents = DIACRITIQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
        return ESPACES.matcher(sansAccents).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** True when the text is null or only spaces (including no-break spaces). */
    public static boolean vide(String texte) {
        return texte == null || ESPACES.matcher(texte).replaceAll("").isEmpty();
    }
}
