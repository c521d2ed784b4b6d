package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.controle.Constat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TotalGeneralRuleTest {

    @Test
    @DisplayName("R-FIN-3 : le TOTAL FINANCIER de FX-1 égale la somme des lignes (578 633 / 701 524 / 535 493 / 1 815 650)")
    void fx1GrandTotal() {
        List<LigneDetail> details = Vienne2024.fx1();
        TableauSaisi tableau = new TableauSaisi(details, List.of(new LigneDeclaree(30,
                LigneDeclaree.Genre.TOTAL_GENERAL, "", details, Map.of(Colonne.ETAT, e("578633"),
                        Colonne.DEPARTEMENT, e("701524"), Colonne.AUTRES, e("535493"), Colonne.TOTAL, e("1815650")),
                Map.of())));

        assertThat(new TotalGeneralRule().verifier(tableau)).isEmpty();
        assertThat(tableau.totaux()).isEqualTo(Sommes.de(e("578633"), e("701524"), e("535493"), e("0")));
        assertThat(tableau.totaux().total()).isEqualByComparingTo("1815650");
    }

    @Test
    @DisplayName("R-FIN-3 : sans la fiche 14, le total général diffère de 20 000 / 20 000 / 40 000 (FX-2)")
    void fx2GrandTotal() {
        assertThat(new TotalGeneralRule().verifier(Vienne2024.fx2()))
                .extracting(Constat::code, Constat::colonne, Constat::declare, Constat::calcule, Constat::ecart)
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(
                        tuple("TOTAL_GENERAL", "etat", e("578633"), e("558633"), e("20000")),
                        tuple("TOTAL_GENERAL", "departement", e("701524"), e("681524"), e("20000")),
                        tuple("TOTAL_GENERAL", "total", e("1815650"), e("1775650"), e("40000")));
    }

    @Test
    @DisplayName("R-FIN-3 : le total général est la somme des lignes, jamais des sous-totaux (« 4+5 » compté une fois)")
    void groupedSubTotalIsNotCountedTwice() {
        List<LigneDetail> details = List.of(
                new LigneDetail(2, null, "4", "1", null, Vienne2024.sommes("100", "100", "0"), null, Map.of()),
                new LigneDetail(3, null, "5", "2", null, Vienne2024.sommes("50", "50", "0"), null, Map.of()));
        LigneDeclaree groupe = new LigneDeclaree(4, LigneDeclaree.Genre.SOUS_TOTAL, "des axes 4 et 5", details,
                Map.of(Colonne.ETAT, e("150")), Map.of());
        LigneDeclaree total = new LigneDeclaree(5, LigneDeclaree.Genre.TOTAL_GENERAL, "", details,
                Map.of(Colonne.ETAT, e("150")), Map.of());
        TableauSaisi tableau = new TableauSaisi(details, List.of(groupe, total));

        assertThat(new SousTotalRule().verifier(tableau.declarees())).isEmpty();
        assertThat(new TotalGeneralRule().verifier(tableau)).isEmpty();
    }
}
