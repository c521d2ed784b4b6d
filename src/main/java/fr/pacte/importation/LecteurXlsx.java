package fr.pacte.importation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook, read with Apache POI. Row numbers are the sheet's (row 1 = line 1); formulas
 * give their cached value; a numeric cell holding an amount gives its exact value to the cent; the cells of a merged
 * region carry the text of its first cell (merged axe or section labels, R-IMP-13).
 */
final class LecteurXlsx {

    private static final BigDecimal TOLERANCE_FLOTTANT = new BigDecimal("0.000001");
    private static final BigDecimal MAXIMUM = new BigDecimal("10000000000000");

    private LecteurXlsx() {
    }

    static List<LigneBrute> lire(byte[] contenu, int lignesMax) {
        try (Workbook classeur = new XSSFWorkbook(new ByteArrayInputStream(contenu))) {
            if (classeur.getNumberOfSheets() == 0) {
                throw new TableauIllisibleException(LecteurTableau.message("tableau.fichier.vide"));
            }
            return lire(classeur.getSheetAt(0), lignesMax);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TableauIllisibleException illisible) {
                throw illisible;
            }
            throw new TableauIllisibleException(LecteurTableau.message("tableau.xlsxIllisible"), e);
        }
    }

    private static List<LigneBrute> lire(Sheet feuille, int lignesMax) {
        DataFormatter format = new DataFormatter(Locale.FRANCE);
        Map<Long, String> fusions = fusions(feuille, format);
        List<LigneBrute> lignes = new ArrayList<>();
        for (Row rang : feuille) {
            List<Cellule> cellules = new ArrayList<>();
            for (int c = 0; c < Math.max(0, rang.getLastCellNum()); c++) {
                Cellule cellule = cellule(rang.getCell(c), format);
                String heritee = fusions.get(cle(rang.getRowNum(), c));
                cellules.add(heritee == null ? cellule : cellule.heritant(heritee));
            }
            if (!LigneBrute.vide(cellules)) {
                lignes.add(new LigneBrute(rang.getRowNum() + 1, cellules));
                LecteurTableau.verifierNombreDeLignes(lignes.size(), lignesMax);
            }
        }
        return lignes;
    }

    private static Map<Long, String> fusions(Sheet feuille, DataFormatter format) {
        Map<Long, String> fusions = new HashMap<>();
        for (CellRangeAddress region : feuille.getMergedRegions()) {
            Row premier = feuille.getRow(region.getFirstRow());
            String texte = premier == null ? "" : cellule(premier.getCell(region.getFirstColumn()), format).texte();
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        fusions.put(cle(r, c), texte);
                    }
                }
            }
        }
        return fusions;
    }

    private static long cle(int rang, int colonne) {
        return ((long) rang << 16) | colonne;
    }

    private static Cellule cellule(Cell cell, DataFormatter format) {
        if (cell == null) {
            return Cellule.VIDE;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Cellule.texte(cell.getStringCellValue());
            case NUMERIC -> numerique(cell, format);
            case BOOLEAN -> Cellule.texte(cell.getBooleanCellValue() ? "VRAI" : "FAUX");
            case ERROR -> Cellule.pasUnMontant(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cellule.VIDE;
        };
    }

    /**
     * A number to the cent (floating-point noise removed). Anything else (a date, a negative number, fractions of a
     * cent, 10^13 € or more) is marked as not an amount, so that it is reported, not rounded.
     */
    private static Cellule numerique(Cell cell, DataFormatter format) {
        double valeur = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) || Double.isNaN(valeur) || Double.isInfinite(valeur)) {
            return Cellule.pasUnMontant(format.formatRawCellContents(valeur, cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString()));
        }
        BigDecimal exact = new BigDecimal(Double.toString(valeur));
        BigDecimal centimes = exact.setScale(2, RoundingMode.HALF_UP);
        if (valeur < 0 || exact.subtract(centimes).abs().compareTo(TOLERANCE_FLOTTANT) > 0
                || centimes.compareTo(MAXIMUM) >= 0) {
            return Cellule.pasUnMontant(exact.stripTrailingZeros().toPlainString().replace('.', ','));
        }
        String texte = format.formatRawCellContents(valeur, cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
        return new Cellule(texte, centimes, null, false);
    }
}
