package fr.pacte.echeance;

/** The deadlines of contracts/execution-rapport.md § Deadlines. */
public enum CodeEcheance {
    BILAN_FINAL, RAPPORT_MI_PARCOURS, RAPPORT_ANNUEL, DENONCIATION, AVENANT_EXERCICE
}
