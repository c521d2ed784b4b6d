package fr.pacte.indicateur;

/** A place of a convention document where an indicator value is printed (R-IND-1). */
public enum Annexe {
    FICHE, ANNEXE_1, ANNEXE_4;

    /** Message key of the French name, e.g. « l'annexe 4 ». */
    public String cleLibelle() {
        return "indicateur.annexe." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
