package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NombreEntierRuleTest {

    private final NombreEntierRule rule = new NombreEntierRule();

    @Test
    @DisplayName("R-IND-3 — un comptage (enfants accompagnés) saisi « 58,5 » est signalé")
    void decimalCountIsWarned() {
        var constats = rule.verifier(Vienne.serie(Vienne.ENFANTS, "52", "58,5"));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_NON_ENTIER");
            assertThat(c.declare()).isEqualByComparingTo("58.5");
            assertThat(c.message()).contains("« 58,5 » n'est pas un nombre entier");
        });
    }

    @Test
    @DisplayName("R-IND-3 — fiche 3 : « Nombre d'ETP » 1,5 est un indicateur décimal, pas de constat ; « 60,0 » est entier")
    void decimalIndicatorsAndWholeDecimalsPass() {
        IndicateurContexte etp = new IndicateurContexte("Nombre d'ETP", TypeValeur.DECIMAL, Sens.MAINTIEN, "SOL", "1", "3");

        assertThat(rule.verifier(Vienne.serie(etp, "1,5", "1,5", "1,5", "1,5", "1,5"))).isEmpty();
        assertThat(rule.verifier(Vienne.serie(Vienne.ENFANTS, "52", "60,0"))).isEmpty();
    }
}
