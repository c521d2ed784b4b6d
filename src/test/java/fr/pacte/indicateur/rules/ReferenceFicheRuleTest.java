package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferenceFicheRuleTest {

    private final ReferenceFicheRule rule = new ReferenceFicheRule();

    @Test
    @DisplayName("R-IND-11 — FX-17 : « ETP de chargé de mission en renfort de la CCAPEX (fiche action n°6) » est porté par la fiche 9")
    void ccapexEtpPointsToTheWrongFiche() {
        IndicateurContexte etp = new IndicateurContexte("Nombre d'ETP de chargé de mission en renfort de la CCAPEX",
                TypeValeur.DECIMAL, Sens.HAUSSE, "SOL", "2", "9");

        var constats = rule.verifier(etp, "fiche action n°6", Set.of("9"));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_REFERENCE_FICHE");
            assertThat(c.regle()).isEqualTo("R-IND-11");
            assertThat(c.fiche()).isEqualTo("9");
            assertThat(c.message()).contains("« fiche action n°6 »", "porté par la fiche 9");
        });
    }

    @Test
    @DisplayName("R-IND-11 — « fiches action n°3 et n°4 » portées par les fiches 3 et 4 : aucun constat ; fiche 7 sans porteuse : constat")
    void matchingReferencesPass() {
        IndicateurContexte jeunes = new IndicateurContexte("Nombre de jeunes de 16 à 25 ans sans solution",
                TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "1", "3");
        IndicateurContexte vulnerables = new IndicateurContexte("Nombre de personnes vulnérables",
                TypeValeur.ENTIER, Sens.HAUSSE, "SOL", null, null);

        assertThat(rule.verifier(jeunes, "fiches action n°3 et n°4", Set.of("3", "4"))).isEmpty();
        assertThat(rule.verifier(vulnerables, "fiche action n°7", Set.of())).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("aucune fiche-action ne porte cet indicateur"));
    }
}
