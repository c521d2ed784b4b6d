package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Figures of DOMAIN.md §8 and §9.10 (Vienne 2024), as test inputs for the rules. */
final class Vienne2024 {

    private Vienne2024() {
    }

    static BigDecimal e(String montant) {
        return Montants.of(montant);
    }

    static Sommes sommes(String etat, String departement, String autres) {
        return Sommes.de(e(etat), e(departement), e(autres), Montants.ZERO);
    }

    /** FX-1: the 15 detail rows of the tableau financier 2024 with fiche 14, lines 2.. in file order. */
    static List<LigneDetail> fx1() {
        Object[][] rangs = {
            {"Axe 1", "1", "93507", "146000", "535493", "775000"},
            {"Axe 1", "2", "50000", "50000", "0", "100000"},
            {"Axe 1", "3", "69698", "135096", "0", "204794"},
            {"Axe 1", "4", "25000", "25000", "0", "50000"},
            {"Axe 2", "5", "110000", "110000", "0", "220000"},
            {"Axe 2", "6", "50000", "50000", "0", "100000"},
            {"Axe 2", "7", "10000", "15000", "0", "25000"},
            {"Axe 2", "8", "35000", "35000", "0", "70000"},
            {"Axe 2", "9", "25000", "25000", "0", "50000"},
            {"Axe 3", "10", "20000", "20000", "0", "40000"},
            {"Axe 3", "9", "25428", "25428", "0", "50856"},
            {"Axe 3", "11", "30000", "30000", "0", "60000"},
            {"Axe 3", "12", "15000", "15000", "0", "30000"},
            {"Axe 3", "13", "0", "0", "0", "0"},
            {"Axe 3", "14", "20000", "20000", "0", "40000"},
        };
        List<LigneDetail> lignes = new ArrayList<>();
        for (int i = 0; i < rangs.length; i++) {
            Object[] r = rangs[i];
            lignes.add(new LigneDetail(i + 2, null, (String) r[0], (String) r[1], "Fiche " + r[1],
                    sommes((String) r[2], (String) r[3], (String) r[4]), e((String) r[5]), Map.of()));
        }
        return lignes;
    }

    /** FX-2: the printed rows (no fiche 14) with the printed sub-totals and TOTAL FINANCIER. */
    static TableauSaisi fx2() {
        List<LigneDetail> details = fx1().stream().filter(l -> !"14".equals(l.fiche())).toList();
        List<LigneDeclaree> declarees = List.of(
                sousTotal(20, details, "Axe 1", Map.of(Colonne.ETAT, e("238205"), Colonne.DEPARTEMENT, e("356096"),
                        Colonne.AUTRES, e("535493"))),
                sousTotal(21, details, "Axe 2", Map.of(Colonne.ETAT, e("230000"), Colonne.DEPARTEMENT, e("235000"),
                        Colonne.AUTRES, e("0"), Colonne.TOTAL, e("465000"))),
                sousTotal(22, details, "Axe 3", Map.of(Colonne.ETAT, e("110428"), Colonne.DEPARTEMENT, e("110428"),
                        Colonne.AUTRES, e("0"), Colonne.TOTAL, e("220856"))),
                new LigneDeclaree(23, LigneDeclaree.Genre.TOTAL_GENERAL, "", details,
                        Map.of(Colonne.ETAT, e("578633"), Colonne.DEPARTEMENT, e("701524"), Colonne.AUTRES,
                                e("535493"), Colonne.TOTAL, e("1815650")), Map.of()));
        return new TableauSaisi(details, declarees);
    }

    static LigneDeclaree sousTotal(int ligne, List<LigneDetail> details, String axe, Map<Colonne, BigDecimal> declares) {
        return new LigneDeclaree(ligne, LigneDeclaree.Genre.SOUS_TOTAL, Groupes.nom(axe),
                details.stream().filter(d -> axe.equals(d.axe())).toList(), declares, Map.of());
    }

    /** FX-8: France Travail volet 2 rows (État; Département crédits + valorisation), autres 0. */
    static List<PariteRule.Part> fx8Volet2() {
        String[][] rangs = {
            {"15", "40000", "70000"}, {"16", "100000", "100000"}, {"17", "50000", "50000"}, {"18", "30000", "30000"},
            {"19", "35000", "40000"}, {"20", "50000", "50000"}, {"21", "30000", "30000"}, {"22", "100000", "105710"},
            {"23", "12608", "11000"},
        };
        List<PariteRule.Part> parts = new ArrayList<>();
        for (String[] r : rangs) {
            parts.add(new PariteRule.Part(new Lieu(null, "FT", "Volet 2", r[0]), sommes(r[1], r[2], "0")));
        }
        return parts;
    }
}
