package fr.pacte.controle;

import java.math.BigDecimal;

/**
 * One finding of a control: which rule, how serious, where, the declared and the computed figures and the gap
 * ({@code ecart = declare - calcule}), and a French message with amounts formatted as {@code 20 000,00 €}.
 * Shape of contracts/tableau-financier.md; {@code champ}, {@code axe} and {@code fiche} locate it in a convention.
 */
public record Constat(
        String code,
        String regle,
        Gravite gravite,
        Integer ligne,
        String colonne,
        String champ,
        String axe,
        String fiche,
        BigDecimal declare,
        BigDecimal calcule,
        BigDecimal ecart,
        String message) {
}
