package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** {@code "etat"} → ETAT. */
    public static Optional<Colonne> parCle(String cle) {
        return Arrays.stream(values()).filter(c -> c.cle.equals(cle)).findFirst();
    }

    /** This column's figure in a row or group; TOTAL is F = A + B + C + report. */
    public BigDecimal de(Sommes sommes) {
        return switch (this) {
            case ETAT -> sommes.etat();
            case DEPARTEMENT -> sommes.departement();
            case AUTRES -> sommes.autres();
            case REPORT -> sommes.report();
            case TOTAL -> sommes.total();
        };
    }

    /** Adds an amount to this column; TOTAL is computed, never added to. */
    public Sommes ajouter(Sommes sommes, BigDecimal montant) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return switch (this) {
            case ETAT -> sommes.plus(Sommes.de(montant, zero, zero, zero));
            case DEPARTEMENT -> sommes.plus(Sommes.de(zero, montant, zero, zero));
            case AUTRES -> sommes.plus(Sommes.de(zero, zero, montant, zero));
            case REPORT -> sommes.plus(Sommes.de(zero, zero, zero, montant));
            case TOTAL -> throw new IllegalArgumentException("Le total est calculé, jamais saisi");
        };
    }

    /** The column as the user reads it ("État"), from messages.properties. */
    public String libelle() {
        return MessagesConstats.texte("colonne." + cle);
    }
}
