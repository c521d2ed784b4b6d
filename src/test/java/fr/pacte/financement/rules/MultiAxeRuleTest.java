package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MultiAxeRuleTest {

    private static final BigDecimal CINQUANTE = new BigDecimal("50");

    @Test
    @DisplayName("R-FIN-6 : FX-6, fiche 9 à 49,58 % / 50,42 % contre « (50 %) » : deux INFO, totaux 50 428 / 50 428 / 100 856")
    void fiche9() {
        MultiAxeRule.PartAxe axe2 = new MultiAxeRule.PartAxe("Axe 2", Vienne2024.sommes("25000", "25000", "0"),
                CINQUANTE, true);
        MultiAxeRule.PartAxe axe3 = new MultiAxeRule.PartAxe("Axe 3", Vienne2024.sommes("25428", "25428", "0"),
                CINQUANTE, true);

        List<Constat> constats = new MultiAxeRule().verifier(List.of(new MultiAxeRule.FicheAxes("9", "SOL",
                List.of(axe2, axe3))));

        assertThat(constats).extracting(Constat::code, Constat::gravite, Constat::axe, Constat::calcule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PART_AXE", Gravite.INFO, "Axe 2", e("49.58")),
                        org.assertj.core.groups.Tuple.tuple("PART_AXE", Gravite.INFO, "Axe 3", e("50.42")));
        assertThat(constats.get(0).message())
                .isEqualTo("La fiche 9 porte 49,58 % de son budget sur Axe 2, alors que la fiche indique 50,00 %.");
        Sommes fiche = axe2.montants().plus(axe3.montants());
        assertThat(fiche.etat()).isEqualTo(e("50428"));
        assertThat(fiche.departement()).isEqualTo(e("50428"));
        assertThat(fiche.total()).isEqualTo(e("100856"));
        assertThat(PariteRule.part(axe2.montants(), PariteRule.Base.ETAT_DEPARTEMENT)).contains(e("50.00"));
    }

    @Test
    @DisplayName("R-FIN-6 : des lignes sur un axe auquel la fiche n'est pas rattachée sont une erreur")
    void lineOnAnAxeNotAllocated() {
        List<Constat> constats = new MultiAxeRule().verifier(List.of(new MultiAxeRule.FicheAxes("9", "SOL", List.of(
                new MultiAxeRule.PartAxe("Axe 2", Vienne2024.sommes("25000", "25000", "0"), null, true),
                new MultiAxeRule.PartAxe("Axe 1", Vienne2024.sommes("1", "1", "0"), null, false)))));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("AXE_NON_ALLOUE");
            assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
            assertThat(c.axe()).isEqualTo("Axe 1");
        });
    }
}
