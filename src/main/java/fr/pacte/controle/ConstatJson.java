package fr.pacte.controle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A finding in JSON, in the shape of contracts/tableau-financier.md ({@code code}, {@code gravite}, {@code ligne},
 * {@code colonne}, {@code declare}, {@code calcule}, {@code ecart}, {@code message}), plus {@code fiche} and
 * {@code axe} when a finding on a convention's stored data points to them. Amounts are numbers with two decimals.
 */
public record ConstatJson(String code, Gravite gravite, Integer ligne, String colonne, BigDecimal declare,
        BigDecimal calcule, BigDecimal ecart, String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fiche,
        @JsonInclude(JsonInclude.Include.NON_NULL) String axe) {

    /** Exactly the contract's fields (a finding on an imported file). */
    public static ConstatJson de(Constat c) {
        return new ConstatJson(c.code(), c.gravite(), c.ligne(), c.colonne(), c.declare(), c.calcule(), c.ecart(),
                c.message(), null, null);
    }

    /** With the fiche and the axe it points to (a finding on a convention's stored data). */
    public static ConstatJson situe(Constat c) {
        return new ConstatJson(c.code(), c.gravite(), c.ligne(), c.colonne(), c.declare(), c.calcule(), c.ecart(),
                c.message(), c.fiche(), c.axe());
    }
}
