package fr.pacte.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Execution rate (R-PAY-7): exécuté total / prévu total × 100, two decimals HALF_UP; null when nothing was planned. */
public final class Taux {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private Taux() {
    }

    public static BigDecimal execution(BigDecimal prevu, BigDecimal execute) {
        if (prevu == null || prevu.signum() == 0) {
            return null;
        }
        return execute.multiply(CENT).divide(prevu, 2, RoundingMode.HALF_UP);
    }
}
