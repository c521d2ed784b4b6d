package fr.pacte.indicateur;

import java.math.BigDecimal;

/**
 * One value cell of a matrix as shown and exported: the value as printed, its number or code, its comment, the
 * rate computed from its numerator and denominator (R-IND-5) and whether it is a demonstration entry.
 */
public record Cellule(String texte, BigDecimal nombre, CodeValeur code, String commentaire, BigDecimal taux,
        boolean demo) {

    static final Cellule VIDE = new Cellule(null, null, null, null, null, false);

    static Cellule de(ValeurIndicateur v) {
        if (v == null) {
            return VIDE;
        }
        Valeur valeur = v.getValeur();
        return new Cellule(valeur.affichage(), valeur.nombre(), valeur.code(), v.getCommentaire(),
                v.getTauxCalcule().orElse(null), v.isDemo());
    }

    /** The printed text, or "" for an empty cell (empty result cells stay empty, DOMAIN.md §7). */
    public String imprime() {
        return texte == null ? "" : texte;
    }
}
