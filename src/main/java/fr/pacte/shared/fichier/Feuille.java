package fr.pacte.shared.fichier;

import java.util.List;

/**
 * One sheet as read: its name and its non-empty rows in sheet order.
 *
 * @param rangs rows holding at least one non-blank cell; a row keeps its number in the sheet (row 1 = line 1)
 */
public record Feuille(String nom, List<Rang> rangs) {

    public Feuille {
        rangs = List.copyOf(rangs);
    }

    /** One row: its number in the sheet and its cells from column A (index 0) to the last one present. */
    public record Rang(int numero, List<CelluleClasseur> cellules) {

        public Rang {
            cellules = List.copyOf(cellules);
        }

        /** The cell at a column index (0 = A), {@link CelluleClasseur#VIDE} beyond the last one. */
        public CelluleClasseur cellule(int colonne) {
            return colonne >= 0 && colonne < cellules.size() ? cellules.get(colonne) : CelluleClasseur.VIDE;
        }
    }
}
