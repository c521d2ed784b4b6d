package fr.pacte.revue;

/**
 * Where a fiche stands in its review (DOMAIN.md §6.3, contracts/avenant.md). The Département changes a fiche only
 * while it is BROUILLON, A_CORRIGER or EN_MODIFICATION; submitted, under review or validated, it is locked (R-WF-4).
 */
public enum StatutRevue {
    BROUILLON, SOUMISE, EN_REVUE, A_CORRIGER, VALIDEE, EN_MODIFICATION;

    public boolean modifiable() {
        return this == BROUILLON || this == A_CORRIGER || this == EN_MODIFICATION;
    }

    /** Message key of the French name, e.g. « À corriger ». */
    public String cle() {
        return "revue.statut." + name();
    }
}
