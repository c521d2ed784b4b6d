package fr.pacte.indicateur;

/** What the parser noticed while reading a value; shown as a warning next to the cell (FX-19). */
public enum Remarque {
    /** "-" or "*": a mark whose meaning must be stated (R-IND-4). */
    CODE_A_PRECISER,
    /** "55*": a footnote mark; its text belongs in the comment. */
    RENVOI,
    /** "1 ou 2", "5 à 7": a range, kept as text. */
    FOURCHETTE,
    /** "400 200 100": several figures in one cell, kept as text; split them into one indicator each. */
    COMPOSITE;

    public String cle() {
        return "indicateur.remarque." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
