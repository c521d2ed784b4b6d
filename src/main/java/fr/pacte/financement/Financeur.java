package fr.pacte.financement;

/** Columns A, B and C of the annexe 2: the State, the Département, and the other co-financers. */
public enum Financeur {
    ETAT("État"), DEPARTEMENT("Département"), AUTRE("Autres financeurs");

    private final String libelle;

    Financeur(String libelle) {
        this.libelle = libelle;
    }

    public String getLibelle() {
        return libelle;
    }
}
