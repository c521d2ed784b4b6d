package fr.pacte.indicateur;

/**
 * Kind of an indicator (catalogue) or of one typed value (DOMAIN.md §3.6). A value keeps its own kind so that a
 * "18 %" typed on a count indicator stays a percentage and the unit mismatch can be shown (R-IND-3).
 */
public enum TypeValeur {
    ENTIER, DECIMAL, POURCENTAGE, MONTANT, DUREE_HEURES, TEXTE, JALON;

    /** A kind that carries a number. */
    public boolean numerique() {
        return this != TEXTE && this != JALON;
    }

    /** ENTIER and DECIMAL are plain numbers; the other numeric kinds carry a unit (%, €, heures). */
    public boolean avecUnite() {
        return this == POURCENTAGE || this == MONTANT || this == DUREE_HEURES;
    }
}
