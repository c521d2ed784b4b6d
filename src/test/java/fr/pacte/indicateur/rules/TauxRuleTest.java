package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TauxRuleTest {

    private final TauxRule rule = new TauxRule();

    @Test
    @DisplayName("R-IND-5 — FX-20 : FA15 2023, 1 094 / 2 640 = 41,4 % comparé à la cible 2024 de 80 %")
    void comparesComputedRateWithPercentageTarget() {
        var mesure = new TauxRule.Mesure(Periode.t0(2023), Valeur.entier(1094), new BigDecimal("1094"),
                new BigDecimal("2640"));

        var constats = rule.verifier(Vienne.ORIENTES_15_JOURS, mesure, Periode.cible(2024),
                Vienne.lire("80% des ARSA orientés"));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_TAUX_CIBLE");
            assertThat(c.regle()).isEqualTo("R-IND-5");
            assertThat(c.gravite()).isEqualTo(Gravite.INFO);
            assertThat(c.calcule()).isEqualByComparingTo("41.4");
            assertThat(c.declare()).isEqualByComparingTo("80");
            assertThat(c.message()).contains("41,4\u00A0%", "1\u202F094 / 2\u202F640", "cible 2024");
        });
    }

    @Test
    @DisplayName("R-IND-5 — un taux saisi qui diffère du taux calculé est une erreur")
    void typedRateDifferentFromComputedIsAnError() {
        IndicateurContexte taux = new IndicateurContexte("Taux d'orientation sous 15 jours", TypeValeur.POURCENTAGE,
                Sens.HAUSSE, "FT", "2", "15");
        var mesure = new TauxRule.Mesure(Periode.t0(2023), Valeur.nombre(TypeValeur.POURCENTAGE, "45"),
                new BigDecimal("1094"), new BigDecimal("2640"));

        var constats = rule.verifier(taux, mesure, null, null);

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_TAUX");
            assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
            assertThat(c.declare()).isEqualByComparingTo("45");
            assertThat(c.calcule()).isEqualByComparingTo("41.4");
        });
        assertThat(rule.verifier(taux, new TauxRule.Mesure(Periode.t0(2023),
                Valeur.nombre(TypeValeur.POURCENTAGE, "41.4"), new BigDecimal("1094"), new BigDecimal("2640")),
                null, null)).isEmpty();
    }

    @Test
    @DisplayName("R-IND-5 — dénominateur nul : erreur ; numérateur supérieur au dénominateur : avertissement")
    void zeroDenominatorAndNumeratorAboveDenominator() {
        var nul = rule.verifier(Vienne.ORIENTES_15_JOURS, new TauxRule.Mesure(Periode.t0(2023), null,
                BigDecimal.TEN, BigDecimal.ZERO), null, null);
        var superieur = rule.verifier(Vienne.ORIENTES_15_JOURS, new TauxRule.Mesure(Periode.t0(2023), null,
                new BigDecimal("2640"), new BigDecimal("1094")), null, null);

        assertThat(nul).singleElement().extracting(c -> c.gravite()).isEqualTo(Gravite.ERREUR);
        assertThat(superieur).singleElement().extracting(c -> c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
        assertThat(rule.verifier(Vienne.ORIENTES_15_JOURS, new TauxRule.Mesure(Periode.t0(2023), null,
                BigDecimal.TEN, null), null, null)).isEmpty();
    }
}
