package fr.pacte.financement.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-FIN-14 Precision: money is kept to the cent; rounding happens only where a rule says so (HALF_UP to the cent);
 * a split keeps the total exact (an odd total split 50/50 gives X,50 on each side, the last share takes what is
 * left); a declared rounded figure is compared with the exact one, an AVERTISSEMENT ({@code ARRONDI}).
 * "332 165 €" printed for 60 % × 553 608 = 332 164,80 € → écart 0,20 € (000c L2599, FX-9).
 */
public final class PrecisionRule {

    public static final String CODE = "ARRONDI";
    public static final String REGLE = "R-FIN-14";
    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    /** rate % of an amount, HALF_UP to the cent: 60 % of 553 608,00 → 332 164,80. */
    public static BigDecimal appliquer(BigDecimal montant, BigDecimal pourcentage) {
        return montant.multiply(pourcentage).divide(CENT, 2, RoundingMode.HALF_UP);
    }

    /**
     * Splits a total by percentages so that the shares add up exactly to the total: every share but the last is
     * rounded HALF_UP to the cent, the last is the remainder. 50/50 of 100,01 → 50,01 + 50,00.
     */
    public static List<BigDecimal> repartir(BigDecimal total, List<BigDecimal> pourcentages) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal reste = total.setScale(2, RoundingMode.UNNECESSARY);
        for (int i = 0; i < pourcentages.size(); i++) {
            BigDecimal part = i == pourcentages.size() - 1 ? reste : appliquer(total, pourcentages.get(i));
            parts.add(part);
            reste = reste.subtract(part);
        }
        return parts;
    }

    /** Two equal halves to the cent; with an odd number of cents the first half takes the extra cent. */
    public static List<BigDecimal> moitie(BigDecimal total) {
        return repartir(total, List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(50)));
    }

    /** Compares a printed (possibly rounded) figure with the exact one. */
    public Optional<Constat> verifierArrondi(Lieu lieu, String sujet, BigDecimal declare, BigDecimal exact) {
        if (!Constats.different(declare, exact)) {
            return Optional.empty();
        }
        return Optional.of(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, lieu, null, declare, exact,
                MessagesConstats.texte(CODE, sujet, Constats.euros(declare), Constats.euros(exact),
                        Constats.euros(declare.subtract(exact)))));
    }
}
