package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UniteRuleTest {

    private final UniteRule rule = new UniteRule();

    @Test
    @DisplayName("R-IND-3 — FA15 : un indicateur de comptage (1 094 orientés) avec une cible « 80 % des ARSA orientés » est signalé")
    void countWithPercentageTargetIsWarned() {
        var constats = rule.verifier(Vienne.serie(Vienne.ORIENTES_15_JOURS, "1094", "80% des ARSA orientés"));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_UNITE");
            assertThat(c.regle()).isEqualTo("R-IND-3");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.colonne()).isEqualTo("cible_2024");
            assertThat(c.declare()).isEqualByComparingTo("80");
            assertThat(c.message()).contains("cible 2024", "est un pourcentage", "attend un nombre");
        });
    }

    @Test
    @DisplayName("R-IND-3 — fiche 1 : nombres et pourcentages dans leur unité, aucun constat")
    void fiche1IsConsistent() {
        IndicateurContexte pourcentage = new IndicateurContexte("Pourcentage de familles monoparentales",
                TypeValeur.POURCENTAGE, Sens.SANS, "SOL", "1", "1");

        assertThat(rule.verifier(Vienne.serie(Vienne.ENFANTS, "52", "60", "70", "70", "70"))).isEmpty();
        assertThat(rule.verifier(Vienne.serie(pourcentage, "18 %", "30 %", "30", "30 %", "30 %"))).isEmpty();
    }

    @Test
    @DisplayName("R-IND-3 — un montant saisi sur un indicateur en heures est signalé ; textes et codes ne le sont pas")
    void otherUnitsAndNonNumbers() {
        IndicateurContexte heures = new IndicateurContexte("Nombre de recours à l'application (heures)",
                TypeValeur.DUREE_HEURES, Sens.HAUSSE, "SOL", "2", "7");

        assertThat(rule.verifier(Vienne.serie(heures, "188 heures", "200 €"))).hasSize(1);
        assertThat(rule.verifier(Vienne.serie(Vienne.ENFANTS, "Non connu", "Réalisation de l'étude"))).isEmpty();
    }
}
