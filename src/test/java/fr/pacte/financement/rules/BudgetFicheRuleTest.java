package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BudgetFicheRuleTest {

    @Test
    @DisplayName("R-FIN-7 : FX-3, fiche 3 « 135 090 € » dans le texte contre 135 096 € dans les lignes : écart −6 €")
    void fiche3() {
        BudgetFicheRule.ChiffreFiche chiffre = new BudgetFicheRule.ChiffreFiche(new Lieu(null, "SOL", null, "3"),
                Colonne.DEPARTEMENT, e("135090"), e("135096"));

        assertThat(new BudgetFicheRule().verifier(chiffre)).hasValueSatisfying(c -> {
            assertThat(c.code()).isEqualTo("MONTANT_FICHE");
            assertThat(c.regle()).isEqualTo("R-FIN-7");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.fiche()).isEqualTo("3");
            assertThat(c.colonne()).isEqualTo("departement");
            assertThat(c.ecart()).isEqualTo(e("-6"));
            assertThat(c.message()).isEqualTo("Budget de la fiche 3 (Département) : 135 090,00 € écrits dans "
                    + "la fiche, 135 096,00 € dans les lignes de financement (écart -6,00 €).");
        });
        // With 135 090 the B total would be 701 518 and fiche 3's F 204 788 (FX-3).
        assertThat(e("701524").subtract(e("6"))).isEqualTo(e("701518"));
        assertThat(e("69698").add(e("135090"))).isEqualTo(e("204788"));
    }

    @Test
    @DisplayName("R-FIN-7 : un budget écrit égal aux lignes ne donne rien")
    void equalFigures() {
        assertThat(new BudgetFicheRule().verifier(new BudgetFicheRule.ChiffreFiche(Lieu.NULLE_PART, Colonne.TOTAL,
                e("204794"), e("204794")))).isEmpty();
    }
}
