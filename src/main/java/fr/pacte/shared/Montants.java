package fr.pacte.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money as the French public sector writes it: {@code 1 234 567,89 €}. Amounts are {@link BigDecimal} at scale 2.
 * Parsing is strict (R-IMP-1): a malformed amount such as "110 00 €" is refused, never guessed.
 */
public final class Montants {

    /** Narrow no-break space, the thousands separator of the official annexes (DOMAIN.md §7). */
    public static final char ESPACE_FINE = '\u202F';

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Longest amount text read: {@code 9 999 999 999 999,99 euros} and spaces fit well within it. */
    public static final int LONGUEUR_MAX = 64;

    // 1 234 567,89 or 1234567,89 or 1.234.567,89 or 1234567.89 (a lone dot followed by 1-2 digits is a decimal point)
    private static final Pattern GROUPES_ESPACE = Pattern.compile("\\d{1,3}( \\d{3})+(,\\d{1,2})?");
    private static final Pattern GROUPES_POINT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern SIMPLE_VIRGULE = Pattern.compile("\\d+(,\\d{1,2})?");
    private static final Pattern SIMPLE_POINT = Pattern.compile("\\d+\\.\\d{1,2}");

    private Montants() {
    }

    public static BigDecimal of(String plain) {
        return new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal nz(BigDecimal montant) {
        return montant == null ? ZERO : montant.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code 578633} → {@code "578 633,00 €"} with a narrow no-break space between thousands. */
    public static String format(BigDecimal montant) {
        if (montant == null) {
            return "";
        }
        return nombre(montant) + "\u00A0€";
    }

    /** The number without the euro sign: {@code "578 633,00"}. */
    public static String nombre(BigDecimal montant) {
        if (montant == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(ESPACE_FINE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(montant.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage with two decimals: {@code "46,59 %"}. */
    public static String pourcentage(BigDecimal valeur) {
        if (valeur == null) {
            return "";
        }
        return valeur.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "\u00A0%";
    }

    /**
     * Reads an amount as typed by a user or printed in an annex. Empty text gives an empty Optional;
     * a text that is not a valid amount throws {@link MontantInvalideException}.
     * Accepted: {@code 93 507,00 €}, {@code 93507}, {@code 93 507}, {@code 93.507,00}, {@code 1 815 650,00 €},
     * normal, no-break or narrow spaces, with or without {@code €} or {@code euros}; {@code -} means 0.
     */
    public static Optional<BigDecimal> parse(String texte) {
        if (texte == null) {
            return Optional.empty();
        }
        String t = texte.replace('\u00A0', ' ').replace(ESPACE_FINE, ' ').replace('\u2009', ' ').replace('\t', ' ')
                .strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        // Issue 13: no regular expression or BigDecimal ever runs on an absurdly long text.
        if (t.length() > LONGUEUR_MAX) {
            throw new MontantInvalideException(texte);
        }
        if (t.equals("-") || t.equals("- €") || t.equals("-€")) {
            return Optional.of(ZERO);
        }
        t = sansUnite(t);
        t = t.replaceAll(" +", " ");
        String normalise;
        if (GROUPES_ESPACE.matcher(t).matches()) {
            normalise = t.replace(" ", "").replace(',', '.');
        } else if (GROUPES_POINT.matcher(t).matches()) {
            normalise = t.replace(".", "").replace(',', '.');
        } else if (SIMPLE_VIRGULE.matcher(t).matches()) {
            normalise = t.replace(',', '.');
        } else if (SIMPLE_POINT.matcher(t).matches()) {
            normalise = t;
        } else {
            throw new MontantInvalideException(texte);
        }
        try {
            Precision.verifier(normalise, Precision.MONTANT);
        } catch (Precision.NombreHorsLimitesException e) {
            throw new MontantInvalideException(texte);
        }
        return Optional.of(new BigDecimal(normalise).setScale(2, RoundingMode.UNNECESSARY));
    }

    private static String sansUnite(String t) {
        String minuscules = t.toLowerCase(Locale.ROOT);
        for (String unite : new String[] {"€", "euros", "euro", "eur"}) {
            if (minuscules.endsWith(unite)) {
                return t.substring(0, t.length() - unite.length()).strip();
            }
        }
        return t;
    }

    /** Thrown when a text cannot be read as an amount; carries the text as typed. */
    public static final class MontantInvalideException extends IllegalArgumentException {

        private final String texte;

        public MontantInvalideException(String texte) {
            super("Montant invalide : « " + (texte != null && texte.length() > 60 ? texte.substring(0, 60) + "…" : texte)
                    + " »");
            this.texte = texte;
        }

        public String texte() {
            return texte;
        }
    }
}
