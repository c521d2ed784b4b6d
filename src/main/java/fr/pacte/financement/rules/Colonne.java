package fr.pacte.financement.rules;

import java.util.List;

/** The amount columns of a tableau financier: A (État), B (Département), C (autres), report, F (total). */
public enum Colonne {
    ETAT("etat"), DEPARTEMENT("departement"), AUTRES("autres"), REPORT("report"), TOTAL("total");

    /** The four typed columns; {@link #TOTAL} is always computed from them. */
    public static final List<Colonne> MONTANTS = List.of(ETAT, DEPARTEMENT, AUTRES, REPORT);

    private final String cle;

    Colonne(String cle) {
        this.cle = cle;
    }

    /** The key used in JSON answers ({@code "etat"}, …) and in message keys. */
    public String cle() {
        return cle;
    }

    /** The column as the user reads it ("État"), from constats.properties. */
    public String libelle() {
        return MessagesConstats.texte("colonne." + cle);
    }
}
