package fr.pacte.financement.rules;

import java.math.BigDecimal;

/**
 * Options of the check of a tableau financier (contracts/tableau-financier.md): the parity rule and the State
 * envelope written in the convention (null when not given).
 */
public record ParametresTableau(PariteRule.Parametres parite, BigDecimal enveloppeEtat) {

    public static final ParametresTableau DEFAUT = new ParametresTableau(PariteRule.Parametres.DEFAUT, null);
}
