package fr.pacte.importation;

import static fr.pacte.importation.VerificationTableauTest.e;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.controle.Constat;
import fr.pacte.financement.rules.LigneDetail;
import fr.pacte.financement.rules.ParametresTableau;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LecteurXlsxTest {

    /**
     * The printed Vienne annexe 2 as a workbook: axe labels merged over their rows, numbers typed as numbers with a
     * currency format, F as formulas, sub-totals and TOTAL FINANCIER as printed (fiche 14 missing), a second sheet
     * that must be ignored.
     */
    static byte[] vienneImprime() throws IOException {
        String csv = new String(VerificationTableauTest.fixture("vienne-2024-imprime.csv"), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Sheet feuille = classeur.createSheet("Annexe 2");
            CellStyle euros = classeur.createCellStyle();
            euros.setDataFormat(classeur.createDataFormat().getFormat("#,##0.00 \"€\""));
            String[] lignes = csv.split("\n", -1);
            int premierAxe = -1;
            for (int r = 0; r < lignes.length; r++) {
                if (lignes[r].isBlank()) {
                    continue;
                }
                String[] cellules = lignes[r].split(";", -1);
                Row rang = feuille.createRow(r);
                for (int c = 0; c < cellules.length; c++) {
                    String texte = cellules[c].replace("\"\"", "\"").replaceAll("^\"|\"$", "");
                    if (texte.isEmpty()) {
                        continue;
                    }
                    Cell cellule = rang.createCell(c);
                    if (r > 0 && c >= 4 && c <= 6 && texte.endsWith("€")) {
                        cellule.setCellValue(Double.parseDouble(texte.replaceAll("[^0-9,]", "").replace(',', '.')));
                        cellule.setCellStyle(euros);
                    } else if (r > 0 && c == 7 && !cellules[2].isEmpty()) {
                        cellule.setCellFormula("SUM(E" + (r + 1) + ":G" + (r + 1) + ")");
                        cellule.setCellStyle(euros);
                    } else if (r > 0 && c == 7) {
                        cellule.setCellValue(Double.parseDouble(texte.replaceAll("[^0-9,]", "").replace(',', '.')));
                    } else if (r > 0 && c == 2) {
                        cellule.setCellValue(Integer.parseInt(texte));
                    } else {
                        cellule.setCellValue(texte);
                    }
                }
                if (cellules[0].startsWith("Axe")) {
                    premierAxe = r;
                } else if (premierAxe >= 0 && !cellules[2].isEmpty() && (r + 1 >= lignes.length
                        || lignes[r + 1].split(";", -1).length < 3 || lignes[r + 1].split(";", -1)[2].isEmpty())) {
                    feuille.addMergedRegion(new CellRangeAddress(premierAxe, r, 0, 0));
                    premierAxe = -1;
                }
            }
            classeur.getCreationHelper().createFormulaEvaluator().evaluateAll();
            classeur.createSheet("Notes").createRow(0).createCell(0).setCellValue("Fiche;Intitulé");
            classeur.write(sortie);
            return sortie.toByteArray();
        }
    }

    @Test
    @DisplayName("R-IMP-2 : le tableau imprimé en XLSX donne les mêmes constats que le CSV (FX-2), cellules fusionnées comprises")
    void sameFindingsAsCsv() throws IOException {
        ParametresTableau parametres = VerificationTableau.parametres(null, null, "578633");
        ResultatVerification xlsx = new VerificationTableau().verifier(vienneImprime(), parametres);
        ResultatVerification csv = new VerificationTableau()
                .verifier(VerificationTableauTest.fixture("vienne-2024-imprime.csv"), parametres);

        assertThat(xlsx.constats()).isEqualTo(csv.constats());
        assertThat(xlsx.totaux()).isEqualTo(csv.totaux());
        assertThat(xlsx.axes()).isEqualTo(csv.axes());
        assertThat(xlsx.colonnesIgnorees()).containsExactly("Investissements ciblés");
        assertThat(xlsx.lu().tableau().details()).extracting(LigneDetail::ligne, LigneDetail::fiche, LigneDetail::axe)
                .startsWith(tuple(2, "1", "Axe 1"), tuple(3, "2", "Axe 1"));
    }

    @Test
    @DisplayName("R-IMP-1 : en XLSX, un nombre au millième, négatif, une date ou une erreur de formule est MONTANT_INVALIDE")
    void invalidNumericCells() throws IOException {
        try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Sheet feuille = classeur.createSheet();
            String[] entete = {"Fiche", "Intitulé", "État", "Département"};
            Row rang = feuille.createRow(0);
            for (int c = 0; c < entete.length; c++) {
                rang.createCell(c).setCellValue(entete[c]);
            }
            Object[][] lignes = {{1, "millième", 10.125, 10}, {2, "négatif", -5, 5}, {3, "texte", "110 00 €", 1},
                {4, "formule", "=1/0", 0.1 + 0.2}};
            for (int r = 0; r < lignes.length; r++) {
                Row ligne = feuille.createRow(r + 2);
                for (int c = 0; c < 4; c++) {
                    Object v = lignes[r][c];
                    Cell cellule = ligne.createCell(c);
                    if (v instanceof Number n) {
                        cellule.setCellValue(n.doubleValue());
                    } else if (((String) v).startsWith("=")) {
                        cellule.setCellFormula(((String) v).substring(1));
                    } else {
                        cellule.setCellValue((String) v);
                    }
                }
            }
            classeur.getCreationHelper().createFormulaEvaluator().evaluateAll();
            classeur.write(sortie);

            ResultatVerification resultat = new VerificationTableau().verifier(sortie.toByteArray(),
                    VerificationTableau.parametres("aucune", null, null));

            List<Constat> constats = resultat.constats();
            assertThat(constats).extracting(Constat::code, Constat::ligne, Constat::colonne).containsExactly(
                    tuple("MONTANT_INVALIDE", 3, "etat"), tuple("MONTANT_INVALIDE", 4, "etat"),
                    tuple("MONTANT_INVALIDE", 5, "etat"), tuple("MONTANT_INVALIDE", 6, "etat"));
            assertThat(constats.get(3).message()).contains("#DIV/0!");
            assertThat(resultat.lu().tableau().details().get(3).montants().departement()).isEqualTo(e("0.30"));
            assertThat(resultat.lu().tableau().details()).extracting(LigneDetail::fiche)
                    .containsExactly("1", "2", "3", "4");
        }
    }
}
