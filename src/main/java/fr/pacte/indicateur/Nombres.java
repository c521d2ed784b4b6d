package fr.pacte.indicateur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers of indicator values as the French annexes print them: {@code 2 640} (narrow no-break space between
 * thousands), {@code 1,5}, no trailing zeros. Money keeps two decimals only when it has cents.
 */
public final class Nombres {

    /** Narrow no-break space, the thousands separator of the official annexes (DOMAIN.md §7). */
    public static final char ESPACE_FINE = '\u202F';
    /** No-break space between a number and its unit: {@code 18 %}, {@code 250 €}, {@code 188 heures}. */
    public static final char ESPACE_INSECABLE = '\u00A0';

    private Nombres() {
    }

    /** {@code 2640} → {@code "2 640"}, {@code 1.5000} → {@code "1,5"}. */
    public static String format(BigDecimal nombre) {
        if (nombre == null) {
            return "";
        }
        return formatteur("#,##0.####").format(normaliser(nombre));
    }

    /** {@code 250} → {@code "250"}, {@code 250.5} → {@code "250,50"}. */
    public static String formatMontant(BigDecimal montant) {
        if (montant == null) {
            return "";
        }
        BigDecimal m = normaliser(montant);
        return m.scale() <= 0 ? format(m) : formatteur("#,##0.00").format(m.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 52.0000} → {@code 52} (scale 0, never {@code 5.2E+1}); null stays null. */
    public static BigDecimal normaliser(BigDecimal nombre) {
        if (nombre == null) {
            return null;
        }
        BigDecimal n = nombre.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    private static DecimalFormat formatteur(String motif) {
        DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symboles.setGroupingSeparator(ESPACE_FINE);
        symboles.setDecimalSeparator(',');
        symboles.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(motif, symboles);
        return format;
    }
}
