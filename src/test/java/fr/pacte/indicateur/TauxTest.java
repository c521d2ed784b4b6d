package fr.pacte.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TauxTest {

    @Test
    @DisplayName("R-IND-5 — FX-20 : 1 094 orientés sous 15 jours / 2 640 nouveaux entrants = 41,4 %")
    void computesRateFromNumeratorAndDenominator() {
        BigDecimal taux = Taux.calculer(new BigDecimal("1094"), new BigDecimal("2640")).orElseThrow();

        assertThat(taux).isEqualByComparingTo("41.4");
        assertThat(Taux.affichage(taux)).isEqualTo("41,4\u00A0%");
    }

    @Test
    @DisplayName("R-IND-5 — FX-20 : 1 536 orientés vers un référent unique / 2 640 = 58,2 % ; dénominateur nul : pas de taux")
    void roundsHalfUpAndRefusesZeroDenominator() {
        assertThat(Taux.calculer(new BigDecimal("1536"), new BigDecimal("2640"))).contains(new BigDecimal("58.2"));
        assertThat(Taux.calculer(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
        assertThat(Taux.calculer(null, BigDecimal.TEN)).isEmpty();
    }

    @Test
    @DisplayName("R-IND-12 — hausse : résultat / cible (fiche 1, 58 enfants pour une cible de 60 = 96,7 %)")
    void upwardIndicatorDividesResultByTarget() {
        assertThat(TauxAtteinte.calculer(Sens.HAUSSE, Valeur.entier(60), Valeur.entier(58)))
                .contains(new BigDecimal("96.7"));
        assertThat(TauxAtteinte.calculer(Sens.HAUSSE, Valeur.entier(70), Valeur.entier(84)))
                .contains(new BigDecimal("120.0"));
    }

    @Test
    @DisplayName("R-IND-12 — baisse : cible / résultat (fiche 1, mesures éducatives : cible 10, résultat 12 = 83,3 %)")
    void downwardIndicatorDividesTargetByResult() {
        assertThat(TauxAtteinte.calculer(Sens.BAISSE, Valeur.entier(10), Valeur.entier(12)))
                .contains(new BigDecimal("83.3"));
        assertThat(TauxAtteinte.calculer(Sens.BAISSE, Valeur.entier(10), Valeur.entier(8)))
                .contains(new BigDecimal("125.0"));
    }

    @Test
    @DisplayName("R-IND-12 — maintien : 100 % moins l'écart relatif (fiche 3, 1,5 ETP visés, 1,2 réalisés = 80 %)")
    void steadyIndicatorMeasuresTheDistance() {
        Valeur cible = Valeur.nombre(TypeValeur.DECIMAL, "1.5");

        assertThat(TauxAtteinte.calculer(Sens.MAINTIEN, cible, Valeur.nombre(TypeValeur.DECIMAL, "1.2")))
                .contains(new BigDecimal("80.0"));
        assertThat(TauxAtteinte.calculer(Sens.MAINTIEN, cible, Valeur.nombre(TypeValeur.DECIMAL, "1.5")))
                .contains(new BigDecimal("100.0"));
        assertThat(TauxAtteinte.calculer(Sens.MAINTIEN, cible, Valeur.nombre(TypeValeur.DECIMAL, "4")))
                .contains(new BigDecimal("0.0"));
    }

    @Test
    @DisplayName("R-IND-12 — pas de taux sans sens, sans nombre, avec des unités différentes ou une cible nulle")
    void noRateWhenNotComparable() {
        assertThat(TauxAtteinte.calculer(Sens.SANS, Valeur.entier(30), Valeur.entier(27))).isEmpty();
        assertThat(TauxAtteinte.calculer(Sens.HAUSSE, Valeur.code(CodeValeur.NON_CONNU), Valeur.entier(3))).isEmpty();
        assertThat(TauxAtteinte.calculer(Sens.HAUSSE, Valeur.nombre(TypeValeur.POURCENTAGE, "80"),
                Valeur.entier(1094))).isEmpty();
        assertThat(TauxAtteinte.calculer(Sens.HAUSSE, Valeur.entier(0), Valeur.entier(3))).isEmpty();
        assertThat(TauxAtteinte.calculer(Sens.HAUSSE, Valeur.entier(60), null)).isEmpty();
    }

    @Test
    @DisplayName("R-IND-12 — par fiche et par axe : moyenne des taux plafonnés à 100 %")
    void averagesCappedRates() {
        assertThat(TauxAtteinte.moyenne(Arrays.asList(new BigDecimal("96.7"), new BigDecimal("94.0"),
                new BigDecimal("120.0"), null))).contains(new BigDecimal("96.9"));
        assertThat(TauxAtteinte.moyenne(java.util.List.of())).isEmpty();
    }
}
