package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A detail row of a tableau financier: one fiche (or an envelope line without fiche) on one axe.
 *
 * @param ligne        physical line in the file (header = 1)
 * @param section      the champ, volet or part, as printed or carried down from the rows above
 * @param axe          the axe label as printed or carried down (merged cells), null when none
 * @param totalDeclare the printed F, null when the cell is empty (not printed)
 * @param illisibles   cells that could not be read as amounts (R-IMP-1), by column, with the text as typed;
 *                     an unreadable cell counts as 0 in the sums, and no comparison depends on it
 */
public record LigneDetail(int ligne, String section, String axe, String fiche, String intitule, Sommes montants,
        BigDecimal totalDeclare, Map<Colonne, String> illisibles) {

    public LigneDetail {
        illisibles = Map.copyOf(illisibles);
    }

    public Lieu lieu() {
        return new Lieu(ligne, null, axe, fiche);
    }

    /** True when the computed figure of this column depends on an unreadable cell. */
    public boolean calculInconnu(Colonne colonne) {
        if (colonne == Colonne.TOTAL) {
            return Colonne.MONTANTS.stream().anyMatch(illisibles::containsKey);
        }
        return illisibles.containsKey(colonne);
    }
}
