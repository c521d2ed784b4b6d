package fr.pacte.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** M16: the consolidated figures are sums of rows; ratios are computed from the sums, never averaged. */
class ChiffresTest {

    private static Chiffres chiffres(String enveloppe, String etat, String departement, String prevu, String execute) {
        return new Chiffres(Montants.of(enveloppe), Montants.of(etat), Montants.of(departement), Montants.ZERO,
                Montants.of(prevu), execute == null ? null : Montants.of(execute), Montants.ZERO, Montants.ZERO,
                Montants.ZERO, 0, 0);
    }

    /** The Vienne 2024 (FX-4, §9.10): État 578 633 + 553 608, Département 701 524 + 486 710, no execution. */
    private static final Chiffres VIENNE = chiffres("1132241", "1132241", "1188234", "0", null);

    @Test
    @DisplayName("M16, R-FIN-4 — Vienne 2024 : enveloppe 1 132 241,00 = lignes État, écart 0,00 ; parité Département / "
            + "État 104,95 % ; part du Département B / (A + B) 51,21 %")
    void vienne2024() {
        assertThat(VIENNE.ecartEnveloppe()).isEqualByComparingTo("0");
        assertThat(VIENNE.parite()).isEqualByComparingTo("104.95");
        assertThat(VIENNE.partDepartement()).isEqualByComparingTo("51.21");
        assertThat(VIENNE.total()).isEqualByComparingTo("2320475.00");
        assertThat(VIENNE.tauxExecution()).isNull();
        assertThat(VIENNE.avecExecution()).isFalse();
    }

    @Test
    @DisplayName("M16 — un Département sans convention : zéros, ni parité ni taux (pas de division par zéro)")
    void departementWithoutConvention() {
        assertThat(Chiffres.ZERO.parite()).isNull();
        assertThat(Chiffres.ZERO.partDepartement()).isNull();
        assertThat(Chiffres.ZERO.tauxExecution()).isNull();
        assertThat(Chiffres.ZERO.enveloppeEtat()).isEqualTo(Montants.ZERO);
        assertThat(Chiffres.ZERO.enveloppeEtat().scale()).isEqualTo(2);
    }

    @Test
    @DisplayName("M16 — la parité d'une région se calcule sur les sommes (1 000 / 400 = 250,00 %), pas en moyenne des "
            + "parités (100 % et 300 % donneraient 200 %)")
    void parityOfARegionIsComputedFromTheSums() {
        Chiffres a = chiffres("100", "100", "100", "0", null);
        Chiffres b = chiffres("300", "300", "900", "0", null);
        Chiffres region = Chiffres.somme(List.of(a, b));
        assertThat(a.parite()).isEqualByComparingTo("100.00");
        assertThat(b.parite()).isEqualByComparingTo("300.00");
        assertThat(region.parite()).isEqualByComparingTo("250.00");
        assertThat(region.enveloppeEtat()).isEqualByComparingTo("400.00");
    }

    @Test
    @DisplayName("R-PAY-7 — taux d'exécution = exécuté / prévu des seules conventions dont l'exécution est saisie : "
            + "(700 + 0) / 1 000 = 70,00 % même si une autre convention de 5 000 € n'a rien saisi")
    void executionRateWhereExecutionExists() {
        Chiffres saisie = chiffres("0", "500", "500", "1000", "700");
        Chiffres nonSaisie = chiffres("0", "2500", "2500", "0", null);
        Chiffres total = saisie.plus(nonSaisie);
        assertThat(total.tauxExecution()).isEqualByComparingTo("70.00");
        assertThat(nonSaisie.plus(nonSaisie).tauxExecution()).isNull();
        assertThat(nonSaisie.plus(saisie).execute()).isEqualByComparingTo("700");
    }

    @Test
    @DisplayName("M16 — les sommes gardent deux décimales (BigDecimal à l'échelle 2) : 0,10 + 0,20 = 0,30 exactement")
    void moneyStaysAtScaleTwo() {
        Chiffres a = chiffres("0.10", "0.10", "0", "0", null);
        Chiffres b = chiffres("0.20", "0.20", "0", "0", null);
        assertThat(a.plus(b).enveloppeEtat()).isEqualTo(new BigDecimal("0.30"));
    }
}
