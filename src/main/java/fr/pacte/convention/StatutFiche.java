package fr.pacte.convention;

/** Statut de l'action, as the fiches and the Rapport du Président print it. */
public enum StatutFiche {
    NOUVELLE("Nouvelle"),
    RENFORCEE("Renforcée"),
    RECONDUITE("Reconduite"),
    EXPERIMENTATION("Expérimentation"),
    MODIFIEE("Modifiée");

    private final String libelle;

    StatutFiche(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}
