package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodeAPreciserRuleTest {

    private final CodeAPreciserRule rule = new CodeAPreciserRule();

    @Test
    @DisplayName("R-IND-4 — fiche 3 : « Non connu » puis « - » quatre fois : quatre avertissements, aucun pour « Non connu »")
    void dashesAreWarnedNotKnownCodes() {
        var constats = rule.verifier(Vienne.serie(Vienne.PARCOURS_INSERTION, "Non connu", "-", "-", "-", "-"));

        assertThat(constats).hasSize(4).allSatisfy(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_CODE_A_PRECISER");
            assertThat(c.regle()).isEqualTo("R-IND-4");
            assertThat(c.fiche()).isEqualTo("3");
        });
        assertThat(constats).extracting(Constat::colonne)
                .containsExactly("cible_2024", "cible_2025", "cible_2026", "cible_2027");
    }

    @Test
    @DisplayName("R-IND-4 — annexe 1 : « * » est aussi à préciser")
    void starIsWarned() {
        assertThat(rule.verifier(Vienne.serie(Vienne.PARCOURS_INSERTION, "Non connu", "*"))).hasSize(1);
    }
}
