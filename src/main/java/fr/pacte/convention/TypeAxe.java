package fr.pacte.convention;

/** An axe of a champ; France Travail volets, CALPAE themes and socle/initiative sections are axes too. */
public enum TypeAxe {
    AXE("Axe"), VOLET("Volet"), THEME("Thème"), SECTION("Section");

    private final String libelle;

    TypeAxe(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}
