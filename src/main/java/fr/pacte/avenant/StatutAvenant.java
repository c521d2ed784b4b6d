package fr.pacte.avenant;

/** The life of an avenant (DOMAIN.md §6.4, contracts/avenant.md). Its draft changes only while PROJET. */
public enum StatutAvenant {
    PROJET, EN_REVUE, ACCORD, DELIBERE, EN_VIGUEUR, ABANDONNE;

    public String cle() {
        return "avenant.statut." + name();
    }

    /** The draft is still the avenant's (neither in force nor abandoned). */
    public boolean enCours() {
        return this != EN_VIGUEUR && this != ABANDONNE;
    }
}
