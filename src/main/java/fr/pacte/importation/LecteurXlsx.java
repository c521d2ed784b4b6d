package fr.pacte.importation;

import fr.pacte.shared.fichier.CelluleClasseur;
import fr.pacte.shared.fichier.ClasseurXlsx;
import fr.pacte.shared.fichier.Feuille;
import fr.pacte.shared.fichier.FichierIllisibleException;
import fr.pacte.shared.fichier.LimitesFichier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an XLSX workbook, read by the bounded {@link ClasseurXlsx} (issue 13: streamed, every limit of
 * {@link LimitesFichier#TABLEAU} checked). Row numbers are the sheet's (row 1 = line 1); formulas give their cached
 * value; a numeric cell holding an amount gives its exact value to the cent; the cells of a merged region carry the
 * text of its first cell (merged axe or section labels, R-IMP-13).
 */
final class LecteurXlsx {

    private static final BigDecimal TOLERANCE_FLOTTANT = new BigDecimal("0.000001");
    private static final BigDecimal MAXIMUM = new BigDecimal("10000000000000");
    // A double has at most 17 significant digits and an exponent under 310: its plain text stays short.

    private LecteurXlsx() {
    }

    static List<LigneBrute> lire(byte[] contenu, LimitesFichier limites) {
        Feuille feuille;
        try {
            feuille = ClasseurXlsx.premiereFeuille(contenu, limites);
        } catch (FichierIllisibleException e) {
            throw switch (e.motif()) {
                case TROP_DE_LIGNES -> new TableauIllisibleException(LecteurTableau.message("tableau.tropDeLignes"), e);
                default -> new TableauIllisibleException(e.getMessage(), e);
            };
        }
        List<LigneBrute> lignes = new ArrayList<>();
        for (Feuille.Rang rang : feuille.rangs()) {
            List<Cellule> cellules = new ArrayList<>(rang.cellules().size());
            for (CelluleClasseur c : rang.cellules()) {
                Cellule cellule = cellule(c);
                cellules.add(c.heritee() == null ? cellule : cellule.heritant(c.heritee()));
            }
            if (!LigneBrute.vide(cellules)) {
                lignes.add(new LigneBrute(rang.numero(), cellules));
            }
        }
        return lignes;
    }

    private static Cellule cellule(CelluleClasseur c) {
        return switch (c.type()) {
            case VIDE -> Cellule.VIDE;
            case TEXTE, BOOLEEN -> Cellule.texte(c.texte());
            case ERREUR, DATE -> Cellule.pasUnMontant(c.texte());
            case NOMBRE -> numerique(c);
        };
    }

    /**
     * A number to the cent (floating-point noise removed). Anything else (a negative number, fractions of a cent,
     * 10^13 € or more) is marked as not an amount, so that it is reported, not rounded.
     */
    private static Cellule numerique(CelluleClasseur c) {
        double valeur = c.nombre();
        if (Double.isNaN(valeur) || Double.isInfinite(valeur)) {
            return Cellule.pasUnMontant(c.texte());
        }
        BigDecimal exact = new BigDecimal(Double.toString(valeur));
        BigDecimal centimes = exact.setScale(2, RoundingMode.HALF_UP);
        if (valeur < 0 || exact.subtract(centimes).abs().compareTo(TOLERANCE_FLOTTANT) > 0
                || centimes.compareTo(MAXIMUM) >= 0) {
            return Cellule.pasUnMontant(exact.stripTrailingZeros().toPlainString().replace('.', ','));
        }
        return new Cellule(c.texte(), centimes, null, false);
    }
}
