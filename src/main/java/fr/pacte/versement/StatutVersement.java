package fr.pacte.versement;

/** DOMAIN.md §6.6: the statuses of a versement (contracts/execution-rapport.md). */
public enum StatutVersement {
    PREVU, CONDITIONNEL, EXIGIBLE, ORDONNANCE, PAYE, ANNULE
}
