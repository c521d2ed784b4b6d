package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrecisionRuleTest {

    @Test
    @DisplayName("R-FIN-14 : un total impair partagé 50/50 donne X,50 de chaque côté, la somme reste exacte")
    void oddTotalSplitInHalves() {
        assertThat(PrecisionRule.moitie(e("101"))).containsExactly(e("50.50"), e("50.50"));
        assertThat(PrecisionRule.moitie(e("100.01"))).containsExactly(e("50.01"), e("50.00"));
        assertThat(PrecisionRule.moitie(e("0.01"))).containsExactly(e("0.01"), e("0.00"));
    }

    @Test
    @DisplayName("R-FIN-14 : 60 % de 553 608 = 332 164,80 (HALF_UP au centime)")
    void appliesRateHalfUp() {
        assertThat(PrecisionRule.appliquer(e("553608"), new BigDecimal("60"))).isEqualTo(e("332164.80"));
        assertThat(PrecisionRule.appliquer(e("0.05"), new BigDecimal("50"))).isEqualTo(e("0.03"));
    }

    @Test
    @DisplayName("R-FIN-14 : toute répartition en pourcentages garde le total au centime (seed 14)")
    void splitsKeepTheCent() {
        Random hasard = new Random(14L);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal total = BigDecimal.valueOf(hasard.nextInt(1_000_000_000), 2);
            int premier = hasard.nextInt(101);
            int second = hasard.nextInt(101 - premier);
            List<BigDecimal> parts = PrecisionRule.repartir(total, List.of(BigDecimal.valueOf(premier),
                    BigDecimal.valueOf(second), BigDecimal.valueOf(100 - premier - second)));
            assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(total);
        }
    }
}
