package fr.pacte.convention;

/** The life of a version of a convention (DOMAIN.md §3.2): a draft, then in force, then replaced; or abandoned. */
public enum StatutVersion {
    BROUILLON, EN_VIGUEUR, REMPLACEE, ABANDONNEE;

    /** R-SEC-8: a version in force or replaced is read-only for every role; only a draft changes. */
    public boolean modifiable() {
        return this == BROUILLON;
    }
}
