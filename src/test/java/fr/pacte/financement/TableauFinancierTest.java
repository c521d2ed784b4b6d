package fr.pacte.financement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.financement.TableauFinancier.StructureAxe;
import fr.pacte.financement.TableauFinancier.StructureChamp;
import fr.pacte.financement.TableauFinancier.StructureFiche;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FX-1 and FX-6 of DOMAIN.md: the Vienne 2024 solidarités table computed from its lines. */
class TableauFinancierTest {

    private static final long AXE1 = 1;
    private static final long AXE2 = 2;
    private static final long AXE3 = 3;

    private final List<LigneFinancement> lignes = new ArrayList<>();

    @Test
    @DisplayName("R-FIN-3 — FX-1 : TOTAL FINANCIER 2024 = 578 633 / 701 524 / 535 493 / 1 815 650 €")
    void computesTheVienneGrandTotalFromDetailRows() {
        TableauFinancier tableau = TableauFinancier.construire(2024, structureSolidarites(), vienne2024());

        assertThat(tableau.totaux().etat()).isEqualByComparingTo("578633.00");
        assertThat(tableau.totaux().departement()).isEqualByComparingTo("701524.00");
        assertThat(tableau.totaux().autres()).isEqualByComparingTo("535493.00");
        assertThat(tableau.totaux().total()).isEqualByComparingTo("1815650.00");
        assertThat(tableau.totaux().dontValorisation()).isEqualByComparingTo("350428.00");
        assertThat(Montants.format(tableau.totaux().total())).isEqualTo("1\u202F815\u202F650,00\u00A0€");
    }

    @Test
    @DisplayName("R-FIN-2 — FX-1 : sous-totaux par axe calculés depuis les lignes")
    void computesAxeSubTotals() {
        TableauFinancier tableau = TableauFinancier.construire(2024, structureSolidarites(), vienne2024());
        List<TableauFinancier.BlocAxe> axes = tableau.champs().get(0).axes();

        assertThat(axes).extracting(a -> a.totaux().etat().toPlainString(), a -> a.totaux().departement().toPlainString(),
                        a -> a.totaux().autres().toPlainString(), a -> a.totaux().total().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("238205.00", "356096.00", "535493.00", "1129794.00"),
                        org.assertj.core.groups.Tuple.tuple("230000.00", "235000.00", "0.00", "465000.00"),
                        org.assertj.core.groups.Tuple.tuple("110428.00", "110428.00", "0.00", "220856.00"));
    }

    @Test
    @DisplayName("R-FIN-6 — FX-6 : la fiche 9 apparaît sous l'axe 2 (50 000 €) et sous l'axe 3 (50 856 €)")
    void showsAMultiAxisFicheOncePerAxeWithThatAxesAmounts() {
        TableauFinancier tableau = TableauFinancier.construire(2024, structureSolidarites(), vienne2024());

        List<TableauFinancier.Ligne> fiche9 = tableau.champs().get(0).axes().stream()
                .flatMap(a -> a.lignes().stream()).filter(l -> "9".equals(l.fiche())).toList();
        assertThat(fiche9).extracting(l -> l.montants().total().toPlainString()).containsExactly("50000.00", "50856.00");
        assertThat(fiche9.stream().map(l -> l.montants().etat()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("50428.00");
    }

    @Test
    @DisplayName("R-FIN-18 — la fiche 13 sans montant en 2024 est listée à 0,00 € avec sa justification")
    void listsAFicheWithoutMoneyInTheYear() {
        TableauFinancier tableau = TableauFinancier.construire(2024, structureSolidarites(), vienne2024());

        TableauFinancier.Ligne fiche13 = tableau.champs().get(0).axes().get(2).lignes().stream()
                .filter(l -> "13".equals(l.fiche())).findFirst().orElseThrow();
        assertThat(fiche13.montants().total()).isEqualByComparingTo("0");
        assertThat(fiche13.justification()).isEqualTo("financement 2025");
    }

    @Test
    @DisplayName("R-FIN-3 — l'ordre des lignes ne change aucun total (propriété, graine fixe)")
    void shufflingLinesChangesNoTotal() {
        List<LigneFinancement> base = vienne2024();
        Random hasard = new Random(20241124L);
        for (int i = 0; i < 50; i++) {
            List<LigneFinancement> melange = new ArrayList<>(base);
            Collections.shuffle(melange, hasard);
            assertThat(TableauFinancier.construire(2024, structureSolidarites(), melange).totaux())
                    .isEqualTo(TableauFinancier.construire(2024, structureSolidarites(), base).totaux());
        }
    }

    @Test
    @DisplayName("R-FIN-20 — un report est compté à part et entre dans F")
    void keepsCarriedOverCreditsApart() {
        lignes.clear();
        ajouter(1, AXE1, Financeur.ETAT, Nature.CREDITS_NOUVEAUX, "10000.00");
        ajouter(1, AXE1, Financeur.ETAT, Nature.REPORT, "2500.50");
        ajouter(1, AXE1, Financeur.DEPARTEMENT, Nature.REPORT, "2500.50");
        TableauFinancier tableau = TableauFinancier.construire(2024, structureSolidarites(), lignes);

        assertThat(tableau.totaux().etat()).isEqualByComparingTo("10000.00");
        assertThat(tableau.totaux().report()).isEqualByComparingTo("5001.00");
        assertThat(tableau.totaux().total()).isEqualByComparingTo("15001.00");
    }

    private List<StructureChamp> structureSolidarites() {
        return List.of(new StructureChamp(1L, "SOL", "Champ des solidarités", true, List.of(
                new StructureAxe(AXE1, "Axe", "1", "Prévenir la pauvreté", fiches(1, 2, 3, 4)),
                new StructureAxe(AXE2, "Axe", "2", "Accès aux droits", fiches(5, 6, 7, 8, 9)),
                new StructureAxe(AXE3, "Axe", "3", "Transition écologique", fiches(9, 10, 11, 12, 13, 14)))));
    }

    private static List<StructureFiche> fiches(int... numeros) {
        List<StructureFiche> fiches = new ArrayList<>();
        for (int n : numeros) {
            fiches.add(new StructureFiche((long) n, String.valueOf(n), "Fiche " + n));
        }
        return fiches;
    }

    /** DOMAIN.md §9.10, solidarités 2024. */
    private List<LigneFinancement> vienne2024() {
        lignes.clear();
        ligne(1, AXE1, "93507", "146000", "0", "535493");
        ligne(2, AXE1, "50000", "0", "50000", "0");
        ligne(3, AXE1, "69698", "135096", "0", "0");
        ligne(4, AXE1, "25000", "0", "25000", "0");
        ligne(5, AXE2, "110000", "0", "110000", "0");
        ligne(6, AXE2, "50000", "0", "50000", "0");
        ligne(7, AXE2, "10000", "15000", "0", "0");
        ligne(8, AXE2, "35000", "0", "35000", "0");
        ligne(9, AXE2, "25000", "0", "25000", "0");
        ligne(10, AXE3, "20000", "10000", "10000", "0");
        ligne(9, AXE3, "25428", "0", "25428", "0");
        ligne(11, AXE3, "30000", "30000", "0", "0");
        ligne(12, AXE3, "15000", "15000", "0", "0");
        lignes.add(new LigneFinancement(1L, 13L, AXE3, 2024, Financeur.ETAT, Nature.CREDITS_NOUVEAUX, Montants.ZERO)
                .avecJustification("financement 2025"));
        ligne(14, AXE3, "20000", "0", "20000", "0");
        // fiche 13's 2025 money must not leak into 2024
        ajouter(13, AXE3, Financeur.ETAT, Nature.CREDITS_NOUVEAUX, "15000.00", 2025);
        return new ArrayList<>(lignes);
    }

    private void ligne(long fiche, long axe, String etat, String credits, String valorisation, String autres) {
        ajouter(fiche, axe, Financeur.ETAT, Nature.CREDITS_NOUVEAUX, etat);
        ajouter(fiche, axe, Financeur.DEPARTEMENT, Nature.CREDITS_NOUVEAUX, credits);
        ajouter(fiche, axe, Financeur.DEPARTEMENT, Nature.VALORISATION, valorisation);
        ajouter(fiche, axe, Financeur.AUTRE, Nature.CREDITS_NOUVEAUX, autres);
    }

    private void ajouter(long fiche, long axe, Financeur financeur, Nature nature, String montant) {
        ajouter(fiche, axe, financeur, nature, montant, 2024);
    }

    private void ajouter(long fiche, long axe, Financeur financeur, Nature nature, String montant, int annee) {
        BigDecimal valeur = new BigDecimal(montant).setScale(2);
        if (valeur.signum() != 0) {
            lignes.add(new LigneFinancement(1L, fiche, axe, annee, financeur, nature, valeur));
        }
    }
}
