package fr.pacte.rapport;

/** The kinds of report of contracts/execution-rapport.md; a bilan final needs no délibération (L232, §6.5). */
public enum TypeRapport {
    ANNUEL, MI_PARCOURS, BILAN_FINAL;

    public boolean deliberationRequise() {
        return this != BILAN_FINAL;
    }
}
