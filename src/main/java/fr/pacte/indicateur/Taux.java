package fr.pacte.indicateur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * R-IND-5: a rate is computed from its numerator and denominator, never typed when both exist.
 * Percentages keep one decimal, rounded half-up: 1 094 / 2 640 = 41,4 % (FX-20).
 */
public final class Taux {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private Taux() {
    }

    /** numerateur / denominateur × 100 with one decimal; empty when either is missing or the denominator is 0. */
    public static Optional<BigDecimal> calculer(BigDecimal numerateur, BigDecimal denominateur) {
        if (numerateur == null || denominateur == null || denominateur.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerateur.multiply(CENT).divide(denominateur, 1, RoundingMode.HALF_UP));
    }

    /** {@code 41.4} → {@code "41,4 %"}. */
    public static String affichage(BigDecimal pourcentage) {
        return pourcentage == null ? "" : Nombres.format(pourcentage) + Nombres.ESPACE_INSECABLE + "%";
    }
}
