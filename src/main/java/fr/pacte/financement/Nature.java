package fr.pacte.financement;

/** R-FIN-15: every line has one nature; a mixed amount is two lines. */
public enum Nature {
    CREDITS_NOUVEAUX("Crédits nouveaux"), VALORISATION("Valorisation"), REPORT("Report de crédits");

    private final String libelle;

    Nature(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}
