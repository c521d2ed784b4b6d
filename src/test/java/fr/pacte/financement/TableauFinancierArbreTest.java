package fr.pacte.financement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.financement.TableauFinancier.StructureAxe;
import fr.pacte.financement.TableauFinancier.StructureChamp;
import fr.pacte.financement.TableauFinancier.StructureFiche;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** contracts/convention.md: the tableau financier follows the axe tree (a CALPAE socle and its thèmes). */
class TableauFinancierArbreTest {

    private static final long SOCLE = 1;
    private static final long THEME1 = 2;
    private static final long THEME2 = 3;
    private static final long INITIATIVES = 4;

    private static List<StructureChamp> calpae() {
        return List.of(new StructureChamp(1L, "CALPAE", "CALPAE", true, List.of(
                new StructureAxe(SOCLE, "Section", "S", "Socle", List.of(), null),
                new StructureAxe(THEME1, "Thème", "S1", "Enfants", List.of(new StructureFiche(10L, "Action 6", "A")), SOCLE),
                new StructureAxe(THEME2, "Thème", "S2", "Emploi", List.of(new StructureFiche(11L, "Action 1", "B")), SOCLE),
                new StructureAxe(INITIATIVES, "Section", "I", "Initiatives",
                        List.of(new StructureFiche(12L, "Action 6", "C")), null))));
    }

    private static LigneFinancement ligne(long fiche, long axe, Financeur financeur, Nature nature, String montant) {
        return new LigneFinancement(1L, fiche, axe, 2020, financeur, nature, new BigDecimal(montant));
    }

    @Test
    @DisplayName("R-FIN-2, R-FIN-3, R-FIN-20 — sous-total par thème, par section (enfants compris), puis le total sans double compte ; le report à part")
    void subTotalsPerThemeThenSectionThenTotal() {
        TableauFinancier tableau = TableauFinancier.construire(2020, calpae(), List.of(
                ligne(10, THEME1, Financeur.ETAT, Nature.CREDITS_NOUVEAUX, "10000.00"),
                ligne(10, THEME1, Financeur.ETAT, Nature.REPORT, "2500.00"),
                ligne(11, THEME2, Financeur.DEPARTEMENT, Nature.VALORISATION, "5000.00"),
                ligne(12, INITIATIVES, Financeur.ETAT, Nature.CREDITS_NOUVEAUX, "3000.00")));
        List<TableauFinancier.BlocAxe> axes = tableau.champs().get(0).axes();
        assertThat(axes).extracting(TableauFinancier.BlocAxe::numero).containsExactly("S", "S1", "S2", "I");
        assertThat(axes.get(0).aDesEnfants()).isTrue();
        assertThat(axes.get(0).totaux().total()).isEqualByComparingTo("17500.00");
        assertThat(axes.get(0).totaux().report()).isEqualByComparingTo("2500.00");
        assertThat(axes.get(1).parent()).isEqualTo("S");
        assertThat(axes.get(1).niveau()).isEqualTo(1);
        // The socle's sub-total is printed after its last thème; the initiatives close nothing.
        assertThat(axes.get(2).fermetures()).extracting(TableauFinancier.BlocAxe::numero).containsExactly("S");
        assertThat(axes.get(3).fermetures()).isEmpty();
        assertThat(tableau.champs().get(0).totaux().total()).isEqualByComparingTo("20500.00");
        assertThat(tableau.totaux().etat()).isEqualByComparingTo("13000.00");
        assertThat(tableau.avecReport()).isTrue();
    }
}
