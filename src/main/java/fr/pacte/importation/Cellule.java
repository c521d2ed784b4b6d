package fr.pacte.importation;

import java.math.BigDecimal;

/**
 * One cell as read from the file.
 *
 * @param texte   the text as the user sees it (CSV text, or the formatted value of a spreadsheet cell)
 * @param nombre  the exact amount of a numeric spreadsheet cell holding a valid amount, else null
 * @param heritee for a spreadsheet cell inside a merged region (not its first cell), the text of the region
 * @param pasUnMontant a numeric spreadsheet cell that is not an amount (a date, a negative number, fractions of a
 *                     cent): reported as such wherever an amount is expected, never rounded
 */
record Cellule(String texte, BigDecimal nombre, String heritee, boolean pasUnMontant) {

    static final Cellule VIDE = new Cellule("", null, null, false);

    static Cellule texte(String texte) {
        return new Cellule(texte == null ? "" : texte, null, null, false);
    }

    static Cellule pasUnMontant(String texte) {
        return new Cellule(texte, null, null, true);
    }

    Cellule heritant(String texteRegion) {
        return new Cellule(texte, nombre, texteRegion, pasUnMontant);
    }

    boolean vide() {
        return nombre == null && texte.isBlank();
    }

    /** The own text, or the text of the merged region it belongs to. */
    String texteOuHerite() {
        return texte.isBlank() && heritee != null ? heritee : texte;
    }
}
