package fr.pacte.rapport;

import fr.pacte.shared.Messages;
import fr.pacte.shared.fichier.StylesClasseur;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The XLSX of a report (Apache POI): sheet {@code Bilan financier} exactly as contracts/execution-rapport.md says
 * (numeric amount cells shown {@code 1 234,56 €}, rate cells {@code 70,00 %}, sub-total and TOTAL rows), sheet
 * {@code Indicateurs} (the annexe 1 matrix with the results of the period) and sheet {@code Synthèse}; the footer of
 * every sheet carries the convention number, the version and the generation date.
 */
@Component
class RapportXlsx {

    byte[] ecrire(ModeleRapport m) {
        try (SXSSFWorkbook classeur = new SXSSFWorkbook(200)) {
            StylesClasseur s = new StylesClasseur(classeur);
            bilan(classeur.createSheet(Messages.texte("rapport.xlsx.feuille.bilan")), m, s);
            indicateurs(classeur.createSheet(Messages.texte("rapport.xlsx.feuille.indicateurs")), m, s);
            synthese(classeur.createSheet(Messages.texte("rapport.xlsx.feuille.synthese")), m, s);
            classeur.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(m.entete().titre());
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            classeur.write(sortie);
            classeur.dispose();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bilan(Sheet feuille, ModeleRapport m, StylesClasseur s) {
        pied(feuille, m);
        Row entete = feuille.createRow(0);
        List<String> titres = LignesBilan.entetes();
        for (int i = 0; i < titres.size(); i++) {
            cellule(entete, i, titres.get(i), s.entete);
        }
        int n = 1;
        for (LignesBilan.Rang r : LignesBilan.rangs(m.bilan())) {
            Row ligne = feuille.createRow(n++);
            boolean total = r.genre() != LignesBilan.Genre.FICHE;
            List<String> textes = LignesBilan.textes(r);
            for (int i = 0; i < textes.size(); i++) {
                cellule(ligne, i, textes.get(i), total ? s.gras : null);
            }
            List<BigDecimal> montants = LignesBilan.montants(r);
            for (int i = 0; i < montants.size(); i++) {
                Cell c = ligne.createCell(4 + i);
                c.setCellValue(montants.get(i).doubleValue());
                c.setCellStyle(total ? s.montantGras : s.montant);
            }
            Cell taux = ligne.createCell(10);
            if (r.taux() != null) {
                taux.setCellValue(r.taux().doubleValue());
                taux.setCellStyle(total ? s.tauxGras : s.taux);
            }
        }
        feuille.setColumnWidth(0, 20 * 256);
        feuille.setColumnWidth(3, 50 * 256);
        for (int i = 4; i <= 10; i++) {
            feuille.setColumnWidth(i, 17 * 256);
        }
        feuille.createFreezePane(0, 1);
    }

    private static void indicateurs(Sheet feuille, ModeleRapport m, StylesClasseur s) {
        pied(feuille, m);
        Row entete = feuille.createRow(0);
        int col = 0;
        for (String c : List.of("axe", "fiche", "indicateur", "unite", "t0")) {
            cellule(entete, col++, Messages.texte("rapport.indicateurs.col." + c), s.entete);
        }
        for (int annee : m.annees()) {
            cellule(entete, col++, Messages.texte("rapport.indicateurs.cible", annee), s.entete);
            cellule(entete, col++, Messages.texte("rapport.indicateurs.resultat", annee), s.entete);
            cellule(entete, col++, Messages.texte("rapport.indicateurs.atteinte", annee), s.entete);
        }
        int n = 1;
        for (ModeleRapport.LigneIndicateur i : m.indicateurs()) {
            Row ligne = feuille.createRow(n++);
            cellule(ligne, 0, i.axe(), null);
            cellule(ligne, 1, i.fiche(), null);
            cellule(ligne, 2, i.libelle(), s.texte);
            cellule(ligne, 3, i.unite(), null);
            cellule(ligne, 4, i.t0(), null);
            int c = 5;
            for (ModeleRapport.ValeurAnnee v : i.valeurs()) {
                cellule(ligne, c++, v.cible(), null);
                cellule(ligne, c++, v.resultat(), null);
                Cell atteinte = ligne.createCell(c++);
                if (v.atteinte() != null) {
                    atteinte.setCellValue(v.atteinte().doubleValue());
                    atteinte.setCellStyle(s.taux);
                }
            }
        }
        feuille.setColumnWidth(2, 60 * 256);
    }

    private static void synthese(Sheet feuille, ModeleRapport m, StylesClasseur s) {
        pied(feuille, m);
        int n = 0;
        n = paire(feuille, n, Messages.texte("rapport.synthese.titre"), m.entete().titre(), s);
        n = paire(feuille, n, Messages.texte("rapport.synthese.convention"), m.entete().conventionNumero(), s);
        n = paire(feuille, n, Messages.texte("rapport.synthese.periode"), m.entete().periode(), s);
        n = paire(feuille, n, Messages.texte("rapport.synthese.texte"), m.synthese() == null ? "" : m.synthese(), s);
        n++;
        for (ModeleRapport.AxeRapport axe : m.axes()) {
            for (ModeleRapport.FicheRapport f : axe.fiches()) {
                if (f.recit() != null) {
                    n = paire(feuille, n, f.titre(), f.recit(), s);
                }
            }
        }
        paire(feuille, n + 1, Messages.texte("rapport.synthese.pied"), m.entete().pied(), s);
        feuille.setColumnWidth(0, 40 * 256);
        feuille.setColumnWidth(1, 100 * 256);
    }

    private static int paire(Sheet feuille, int n, String cle, String valeur, StylesClasseur s) {
        Row ligne = feuille.createRow(n);
        cellule(ligne, 0, cle, s.gras);
        cellule(ligne, 1, valeur, s.texte);
        return n + 1;
    }

    /** The footer, and a landscape page one sheet wide, so that the table prints as it reads. */
    private static void pied(Sheet feuille, ModeleRapport m) {
        feuille.getFooter().setCenter(m.entete().pied());
        feuille.getPrintSetup().setLandscape(true);
        feuille.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        feuille.setFitToPage(true);
        feuille.getPrintSetup().setFitWidth((short) 1);
        feuille.getPrintSetup().setFitHeight((short) 0);
    }

    private static void cellule(Row ligne, int i, String valeur, CellStyle style) {
        Cell c = ligne.createCell(i);
        c.setCellValue(valeur == null ? "" : valeur);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
