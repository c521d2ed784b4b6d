package fr.pacte.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The size of a number is checked before anything converts it (issue 13, item 2): {@code 1e10000000} is ten
 * characters, but turning it into plain digits costs seconds of CPU and megabytes. Every number that enters Pacte
 * (JSON bodies, form fields, file cells) goes through {@link #verifier(CharSequence, Bornes)} on its text, or
 * {@link #verifier(BigDecimal, Bornes)} on a {@link BigDecimal} that was only parsed (its precision and scale are
 * read, never expanded). Domain bounds live here, in one place:
 * <ul>
 * <li>{@link #MONTANT}: at most 2 decimals and {@code 0 ≤ amount < 10^13} (R-FIN-14, R-FIN-18, contracts);</li>
 * <li>{@link #INDICATEUR}: at most 4 decimals, under 10^15 (R-IND-4, {@code ValeurParser});</li>
 * <li>{@link #JSON}: any JSON number bound to a {@link BigDecimal}: 20 digits before the point, 20 after.</li>
 * </ul>
 */
public final class Precision {

    /** Longest number text looked at: anything longer is refused without being scanned. */
    public static final int LONGUEUR_MAX = 400;

    /** Digits allowed before and after the decimal point, trailing zeros of the decimals not counted. */
    public record Bornes(int chiffresEntiers, int decimales) {
    }

    public static final Bornes MONTANT = new Bornes(13, 2);
    public static final Bornes INDICATEUR = new Bornes(15, 4);
    public static final Bornes JSON = new Bornes(20, 20);

    private Precision() {
    }

    /**
     * Checks a number written as {@code -12.50}, {@code 1e10000000}, {@code 3.2E-4} (a comma is read as the decimal
     * point) without converting it.
     *
     * @throws NombreHorsLimitesException when it has more digits than allowed, or is not a number
     */
    public static void verifier(CharSequence texte, Bornes bornes) {
        if (!dansLesBornes(texte, bornes)) {
            throw new NombreHorsLimitesException(texte, bornes);
        }
    }

    /** True when the text is a number within the bounds (the same test as {@link #verifier(CharSequence, Bornes)}). */
    public static boolean dansLesBornes(CharSequence texte, Bornes bornes) {
        Forme forme = forme(texte);
        return forme != null && forme.chiffresEntiers() <= bornes.chiffresEntiers()
                && forme.decimales() <= bornes.decimales();
    }

    /** Checks a parsed number from its precision and scale only (never {@code toPlainString} first). */
    public static void verifier(BigDecimal nombre, Bornes bornes) {
        if (nombre == null || nombre.signum() == 0) {
            return;
        }
        // bitLength is free; precision() of a huge unscaled value would compute a power of ten first.
        if (nombre.unscaledValue().bitLength() > 400) {
            throw new NombreHorsLimitesException(courte(nombre), bornes);
        }
        long entiers = (long) nombre.precision() - nombre.scale();
        if (entiers > bornes.chiffresEntiers()) {
            throw new NombreHorsLimitesException(courte(nombre), bornes);
        }
        if (nombre.scale() > bornes.decimales() && nombre.stripTrailingZeros().scale() > bornes.decimales()) {
            throw new NombreHorsLimitesException(courte(nombre), bornes);
        }
    }

    /**
     * An amount of the contracts: at most 2 decimals, {@code 0 ≤ amount < 10^13}, returned at scale 2 (R-FIN-14,
     * R-FIN-18). The write paths of money call it on every amount that comes from JSON.
     */
    public static BigDecimal montant(BigDecimal montant) {
        verifier(montant, MONTANT);
        if (montant.signum() < 0) {
            throw new NombreHorsLimitesException(courte(montant), MONTANT);
        }
        return montant.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Digits before the point (from the first significant one) and after it (up to the last significant one). */
    record Forme(boolean negatif, long chiffresEntiers, long decimales) {
    }

    /** The shape of a number text, or null when it is not a plain decimal number or is too long to look at. */
    static Forme forme(CharSequence texte) {
        if (texte == null || texte.length() == 0 || texte.length() > LONGUEUR_MAX) {
            return null;
        }
        int i = 0;
        int n = texte.length();
        boolean negatif = false;
        if (texte.charAt(0) == '-' || texte.charAt(0) == '+') {
            negatif = texte.charAt(0) == '-';
            i++;
        }
        int chiffresAvantVirgule = 0;
        int position = 0; // index of the digit in the mantissa
        int premier = -1;
        int dernier = -1;
        boolean virgule = false;
        int chiffres = 0;
        for (; i < n; i++) {
            char c = texte.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0') {
                    if (premier < 0) {
                        premier = position;
                    }
                    dernier = position;
                }
                position++;
                chiffres++;
                if (!virgule) {
                    chiffresAvantVirgule++;
                }
            } else if ((c == '.' || c == ',') && !virgule) {
                virgule = true;
            } else {
                break;
            }
        }
        if (chiffres == 0) {
            return null;
        }
        long exposant = 0;
        if (i < n) {
            char e = texte.charAt(i);
            if (e != 'e' && e != 'E') {
                return null;
            }
            i++;
            boolean moins = false;
            if (i < n && (texte.charAt(i) == '-' || texte.charAt(i) == '+')) {
                moins = texte.charAt(i) == '-';
                i++;
            }
            int debut = i;
            for (; i < n; i++) {
                char c = texte.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                // Nine digits are enough to tell that an exponent is absurd; the value cannot overflow a long.
                if (exposant < 1_000_000_000L) {
                    exposant = exposant * 10 + (c - '0');
                }
            }
            if (i == debut) {
                return null;
            }
            exposant = moins ? -exposant : exposant;
        }
        if (premier < 0) {
            return new Forme(negatif, 0, 0);
        }
        long pointDecimal = chiffresAvantVirgule + exposant;
        return new Forme(negatif, Math.max(0, pointDecimal - premier), Math.max(0, dernier + 1 - pointDecimal));
    }

    private static String courte(BigDecimal nombre) {
        // Never toPlainString: 1E+10000000 stays ten characters; a huge unscaled value is not printed at all.
        return nombre.unscaledValue().bitLength() > 400 ? "…" : nombre.toString();
    }

    /** A number with too many digits (or not a number at all); the message is French and quotes what was sent. */
    public static final class NombreHorsLimitesException extends IllegalArgumentException {

        private final String texte;

        NombreHorsLimitesException(CharSequence texte, Bornes bornes) {
            super(message(texte, bornes));
            this.texte = apercu(texte);
        }

        public String texte() {
            return texte;
        }

        private static String message(CharSequence texte, Bornes bornes) {
            if (bornes.equals(MONTANT)) {
                return Textes.texte("nombre.horsLimites.montant", apercu(texte));
            }
            return Textes.texte("nombre.horsLimites", apercu(texte), bornes.chiffresEntiers(), bornes.decimales());
        }

        private static String apercu(CharSequence texte) {
            String t = texte == null ? "" : texte.toString().strip();
            return t.length() > 40 ? t.substring(0, 40) + "…" : t;
        }
    }
}
