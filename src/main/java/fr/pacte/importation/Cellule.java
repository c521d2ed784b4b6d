package fr.pacte.importation;

import java.math.BigDecimal;

/**
 * One cell as read from the file.
 *
 * @param texte   the text as the user sees it (CSV text, or the formatted value of a spreadsheet cell)
 * @param nombre  the exact amount of a numeric spreadsheet cell holding a valid amount, else null
 * @param heritee for a spreadsheet cell inside a merged region (not its first cell), the text of the region
 */
record Cellule(String texte, BigDecimal nombre, String heritee) {

    static final Cellule VIDE = new Cellule("", null, null);

    static Cellule texte(String texte) {
        return new Cellule(texte == null ? "" : texte, null, null);
    }

    boolean vide() {
        return nombre == null && texte.isBlank();
    }

    /** The own text, or the text of the merged region it belongs to. */
    String texteOuHerite() {
        return texte.isBlank() && heritee != null ? heritee : texte;
    }
}
