package fr.pacte.rapport;

/** DOMAIN.md §6.5 (the part contracts/execution-rapport.md fixes): BROUILLON → PRET → DELIBERE → TRANSMIS. */
public enum StatutRapport {
    BROUILLON, PRET, DELIBERE, TRANSMIS
}
