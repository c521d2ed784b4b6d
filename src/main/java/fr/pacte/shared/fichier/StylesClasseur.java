package fr.pacte.shared.fichier;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbooks Pacte writes (rapport d'exécution, consolidation): bold wrapped headers, amounts
 * {@code 1 234,56 €} and rates {@code 12,34 %} as numbers with a display format (so a spreadsheet still sums them),
 * plain and bold. Created once per workbook: a workbook holds a limited number of styles.
 */
public final class StylesClasseur {

    public static final String FORMAT_MONTANT = "#,##0.00\\ \"€\"";
    public static final String FORMAT_TAUX = "0.00\\ \"%\"";

    public final CellStyle entete;
    public final CellStyle montant;
    public final CellStyle montantGras;
    public final CellStyle taux;
    public final CellStyle tauxGras;
    public final CellStyle gras;
    public final CellStyle texte;

    public StylesClasseur(Workbook classeur) {
        Font f = classeur.createFont();
        f.setBold(true);
        short formatMontant = classeur.createDataFormat().getFormat(FORMAT_MONTANT);
        short formatTaux = classeur.createDataFormat().getFormat(FORMAT_TAUX);
        entete = classeur.createCellStyle();
        entete.setFont(f);
        entete.setWrapText(true);
        entete.setBorderBottom(BorderStyle.THIN);
        montant = style(classeur, formatMontant, null);
        montantGras = style(classeur, formatMontant, f);
        taux = style(classeur, formatTaux, null);
        tauxGras = style(classeur, formatTaux, f);
        gras = classeur.createCellStyle();
        gras.setFont(f);
        texte = classeur.createCellStyle();
        texte.setWrapText(true);
    }

    private static CellStyle style(Workbook classeur, short format, Font police) {
        CellStyle s = classeur.createCellStyle();
        s.setDataFormat(format);
        if (police != null) {
            s.setFont(police);
        }
        return s;
    }
}
