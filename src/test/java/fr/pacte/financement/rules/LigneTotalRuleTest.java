package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static fr.pacte.financement.rules.Vienne2024.sommes;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LigneTotalRuleTest {

    private final LigneTotalRule regle = new LigneTotalRule();

    @Test
    @DisplayName("R-FIN-1 : les 15 lignes de FX-1 ont F = A + B + C (775 000 ; 50 856 …)")
    void vienneRowsBalance() {
        assertThat(regle.verifier(Vienne2024.fx1())).isEmpty();
        assertThat(Vienne2024.fx1().get(0).montants().total()).isEqualByComparingTo("775000");
        assertThat(Vienne2024.fx1().get(10).montants().total()).isEqualByComparingTo("50856");
    }

    @Test
    @DisplayName("R-FIN-1 : un total de ligne faux d'un centime est une erreur LIGNE_TOTAL")
    void oneCentIsAFinding() {
        LigneDetail ligne = new LigneDetail(2, null, "Axe 1", "1", "Crèche", sommes("93507", "146000", "535493"),
                e("775000.01"), Map.of());

        List<Constat> constats = regle.verifier(List.of(ligne));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("LIGNE_TOTAL");
            assertThat(c.regle()).isEqualTo("R-FIN-1");
            assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
            assertThat(c.ligne()).isEqualTo(2);
            assertThat(c.colonne()).isEqualTo("total");
            assertThat(c.declare()).isEqualByComparingTo("775000.01");
            assertThat(c.calcule()).isEqualByComparingTo("775000");
            assertThat(c.ecart()).isEqualByComparingTo("0.01");
            assertThat(c.message()).isEqualTo("Total de la ligne 2 (fiche 1) : 775 000,01 € déclarés, "
                    + "775 000,00 € calculés (écart 0,01 €).");
        });
    }

    @Test
    @DisplayName("R-FIN-1 : un total non imprimé, ou dépendant d'un montant illisible, n'est pas comparé")
    void nothingComparedWithoutFigures() {
        LigneDetail sansTotal = new LigneDetail(2, null, null, "1", null, sommes("1", "1", "0"), null, Map.of());
        LigneDetail illisible = new LigneDetail(3, null, null, "5", null, sommes("110000", "0", "0"), e("220000"),
                Map.of(Colonne.DEPARTEMENT, "110 00 €"));

        assertThat(regle.verifier(List.of(sansTotal, illisible))).isEmpty();
    }
}
