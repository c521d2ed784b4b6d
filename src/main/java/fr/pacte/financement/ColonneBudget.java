package fr.pacte.financement;

/** The amount columns of a fiche's budget grid: one per financeur × nature that real annexes use. */
public enum ColonneBudget {
    ETAT_CREDITS(Financeur.ETAT, Nature.CREDITS_NOUVEAUX, "État — crédits nouveaux"),
    ETAT_REPORT(Financeur.ETAT, Nature.REPORT, "État — report"),
    DEPARTEMENT_CREDITS(Financeur.DEPARTEMENT, Nature.CREDITS_NOUVEAUX, "Département — crédits nouveaux"),
    DEPARTEMENT_VALORISATION(Financeur.DEPARTEMENT, Nature.VALORISATION, "Département — valorisation"),
    DEPARTEMENT_REPORT(Financeur.DEPARTEMENT, Nature.REPORT, "Département — report"),
    AUTRES(Financeur.AUTRE, Nature.CREDITS_NOUVEAUX, "Autres financeurs");

    private final Financeur financeur;
    private final Nature nature;
    private final String libelle;

    ColonneBudget(Financeur financeur, Nature nature, String libelle) {
        this.financeur = financeur;
        this.nature = nature;
        this.libelle = libelle;
    }

    public Financeur financeur() {
        return financeur;
    }

    public Nature nature() {
        return nature;
    }

    public String getLibelle() {
        return libelle;
    }

    public static ColonneBudget de(Financeur financeur, Nature nature) {
        for (ColonneBudget colonne : values()) {
            if (colonne.financeur == financeur && colonne.nature == nature) {
                return colonne;
            }
        }
        // AUTRE lines of another nature are shown with the other financers' money.
        return financeur == Financeur.AUTRE ? AUTRES : ETAT_CREDITS;
    }
}
