package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PourcentageRuleTest {

    private final PourcentageRule rule = new PourcentageRule();
    private final IndicateurContexte sansEmploi = new IndicateurContexte("Pourcentage de familles sans emploi",
            TypeValeur.POURCENTAGE, Sens.SANS, "SOL", "1", "1");

    @Test
    @DisplayName("R-IND-3 — fiche 1 : « 175 % » de familles sans emploi dépasse 100 %")
    void percentageOverHundredIsWarned() {
        var constats = rule.verifier(Vienne.serie(sansEmploi, "73 %", "175 %"));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_POURCENTAGE");
            assertThat(c.declare()).isEqualByComparingTo("175");
            assertThat(c.calcule()).isEqualByComparingTo("100");
            assertThat(c.message()).contains("« 175\u00A0% » dépasse 100 %");
        });
    }

    @Test
    @DisplayName("R-IND-3 — fiche 1 : 73 % puis 75 %, et 100 % exactement, passent")
    void percentagesUpToHundredPass() {
        assertThat(rule.verifier(Vienne.serie(sansEmploi, "73 %", "75 %", "75 %", "100 %", "75 %"))).isEmpty();
    }
}
