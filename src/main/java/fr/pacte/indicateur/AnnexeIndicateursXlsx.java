package fr.pacte.indicateur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The indicator annexes as an XLSX workbook (Apache POI): one "Annexe 1" sheet per champ in the layout of
 * DOMAIN.md §7.2 (axe rows, "Action n : libellé" merged over its indicators, T0 then cible / résultat per year) and
 * one sheet per national table (§7.3). Cells hold the values as printed on screen ("18 %", "Non connu", "188
 * heures"), as text, so that the workbook reads exactly like the page; empty result cells stay empty.
 */
@Component
public class AnnexeIndicateursXlsx {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    AnnexeIndicateursXlsx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] ecrire(Matrice matrice, LocalDate generation) {
        try (Workbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Styles styles = new Styles(classeur);
            for (Matrice.BlocChamp champ : matrice.champs()) {
                if (!champ.vide()) {
                    annexeUn(classeur.createSheet(texte("indicateur.xlsx.feuille.annexe1", champ.code())), champ,
                            matrice, styles, generation);
                }
            }
            for (Matrice.TableauNational national : matrice.nationaux()) {
                annexeQuatre(classeur.createSheet(texte("indicateur.xlsx.feuille.annexe4", national.champ())),
                        national, matrice, styles, generation);
            }
            classeur.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void annexeUn(Sheet feuille, Matrice.BlocChamp champ, Matrice matrice, Styles styles, LocalDate generation) {
        int colonnes = 3 + 2 * champ.annees().size();
        int r = entete(feuille, texte("indicateur.annexe1.titre"), champ.libelle(), matrice, colonnes, styles);
        Row entete = feuille.createRow(r++);
        ecrire(entete, 0, texte("indicateur.col.actions"), styles.entete);
        ecrire(entete, 1, texte("indicateur.col.indicateursLocaux"), styles.entete);
        ecrire(entete, 2, texte("indicateur.col.t0", champ.anneeT0()), styles.entete);
        int c = 3;
        for (int annee : champ.annees()) {
            ecrire(entete, c++, texte("indicateur.col.cible", annee), styles.entete);
            ecrire(entete, c++, texte("indicateur.col.resultat", annee), styles.entete);
        }
        for (Matrice.BlocAxe axe : champ.axes()) {
            Row ligneAxe = feuille.createRow(r);
            ecrire(ligneAxe, 0, axe.designation(), styles.axe);
            for (int i = 1; i < colonnes; i++) {
                ecrire(ligneAxe, i, "", styles.axe);
            }
            feuille.addMergedRegion(new CellRangeAddress(r, r, 0, colonnes - 1));
            r++;
            for (Matrice.BlocFiche fiche : axe.fiches()) {
                int debut = r;
                if (fiche.lignes().isEmpty()) {
                    Row vide = feuille.createRow(r++);
                    ecrire(vide, 0, action(fiche), styles.action);
                    for (int i = 1; i < colonnes; i++) {
                        ecrire(vide, i, "", styles.valeur);
                    }
                    continue;
                }
                for (Matrice.Ligne ligne : fiche.lignes()) {
                    Row row = feuille.createRow(r++);
                    ecrire(row, 0, row.getRowNum() == debut ? action(fiche) : "", styles.action);
                    ecrire(row, 1, ligne.libelle(), styles.libelle);
                    ecrire(row, 2, ligne.t0().imprime(), styles.valeur);
                    int col = 3;
                    for (Matrice.Annee annee : ligne.annees()) {
                        ecrire(row, col++, annee.cible().imprime(), styles.valeur);
                        ecrire(row, col++, annee.resultat().imprime(), styles.valeur);
                    }
                }
                if (r - debut > 1) {
                    feuille.addMergedRegion(new CellRangeAddress(debut, r - 1, 0, 0));
                }
            }
        }
        pied(feuille, r + 1, matrice, generation, styles);
        feuille.setColumnWidth(0, 36 * 256);
        feuille.setColumnWidth(1, 60 * 256);
        for (int i = 2; i < colonnes; i++) {
            feuille.setColumnWidth(i, 16 * 256);
        }
        feuille.createFreezePane(2, 3);
    }

    private void annexeQuatre(Sheet feuille, Matrice.TableauNational national, Matrice matrice, Styles styles,
            LocalDate generation) {
        int colonnes = 3 + 2 * national.annees().size();
        int r = entete(feuille, texte("indicateur.annexe4.titre"), national.libelle(), matrice, colonnes, styles);
        Row entete = feuille.createRow(r++);
        ecrire(entete, 0, texte("indicateur.col.thematique"), styles.entete);
        ecrire(entete, 1, texte("indicateur.col.indicateur"), styles.entete);
        ecrire(entete, 2, texte("indicateur.col.t0", national.anneeT0()), styles.entete);
        int c = 3;
        for (int annee : national.annees()) {
            ecrire(entete, c++, texte("indicateur.col.cibleLocale", annee), styles.entete);
            ecrire(entete, c++, texte("indicateur.col.resultat", annee), styles.entete);
        }
        for (Matrice.SectionNationale section : national.sections()) {
            Row ligneSection = feuille.createRow(r);
            ecrire(ligneSection, 0, section.thematique(), styles.axe);
            for (int i = 1; i < colonnes; i++) {
                ecrire(ligneSection, i, "", styles.axe);
            }
            feuille.addMergedRegion(new CellRangeAddress(r, r, 0, colonnes - 1));
            r++;
            for (Matrice.LigneNationale ligne : section.lignes()) {
                Row row = feuille.createRow(r++);
                ecrire(row, 0, "", styles.action);
                ecrire(row, 1, ligne.fiches().isEmpty() ? ligne.libelle() : ligne.libelle() + " " + ligne.fiches(),
                        styles.libelle);
                ecrire(row, 2, ligne.exemption() != null ? ligne.exemption() : ligne.t0().imprime(), styles.valeur);
                int col = 3;
                for (Matrice.Annee annee : ligne.annees()) {
                    ecrire(row, col++, annee.cible().imprime(), styles.valeur);
                    ecrire(row, col++, annee.resultat().imprime(), styles.valeur);
                }
            }
        }
        pied(feuille, r + 1, matrice, generation, styles);
        feuille.setColumnWidth(0, 36 * 256);
        feuille.setColumnWidth(1, 70 * 256);
        for (int i = 2; i < colonnes; i++) {
            feuille.setColumnWidth(i, 16 * 256);
        }
    }

    private int entete(Sheet feuille, String titre, String sousTitre, Matrice matrice, int colonnes, Styles styles) {
        ecrire(feuille.createRow(0), 0, titre, styles.titre);
        feuille.addMergedRegion(new CellRangeAddress(0, 0, 0, colonnes - 1));
        ecrire(feuille.createRow(1), 0, texte("indicateur.xlsx.sousTitre", sousTitre, matrice.convention()), null);
        feuille.addMergedRegion(new CellRangeAddress(1, 1, 0, colonnes - 1));
        return 2;
    }

    private void pied(Sheet feuille, int r, Matrice matrice, LocalDate generation, Styles styles) {
        ecrire(feuille.createRow(r), 0, texte("indicateur.xlsx.pied", matrice.convention(), DATE.format(generation)),
                styles.pied);
    }

    private String action(Matrice.BlocFiche fiche) {
        return texte("indicateur.action", fiche.numero(), fiche.libelle());
    }

    private static void ecrire(Row row, int colonne, String texte, CellStyle style) {
        Cell cell = row.createCell(colonne);
        cell.setCellValue(texte);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, Locale.FRANCE);
    }

    /** The few cell styles of the annexes. */
    private static final class Styles {

        final CellStyle titre;
        final CellStyle entete;
        final CellStyle axe;
        final CellStyle action;
        final CellStyle libelle;
        final CellStyle valeur;
        final CellStyle pied;

        Styles(Workbook classeur) {
            Font gras = classeur.createFont();
            gras.setBold(true);
            titre = classeur.createCellStyle();
            titre.setFont(gras);
            entete = bordure(classeur);
            entete.setFont(gras);
            entete.setWrapText(true);
            entete.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            entete.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            axe = bordure(classeur);
            axe.setFont(gras);
            axe.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            axe.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            action = bordure(classeur);
            action.setFont(gras);
            action.setWrapText(true);
            action.setVerticalAlignment(VerticalAlignment.TOP);
            libelle = bordure(classeur);
            libelle.setWrapText(true);
            libelle.setVerticalAlignment(VerticalAlignment.TOP);
            valeur = bordure(classeur);
            valeur.setWrapText(true);
            valeur.setVerticalAlignment(VerticalAlignment.TOP);
            Font italique = classeur.createFont();
            italique.setItalic(true);
            pied = classeur.createCellStyle();
            pied.setFont(italique);
        }

        private static CellStyle bordure(Workbook classeur) {
            CellStyle style = classeur.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
