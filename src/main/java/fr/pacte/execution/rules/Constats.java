package fr.pacte.execution.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;

/** Findings of the execution rules, built one way: {@code ecart = declare − calcule}. */
final class Constats {

    private Constats() {
    }

    static Constat constat(String code, String regle, Gravite gravite, String champ, String fiche, BigDecimal declare,
            BigDecimal calcule, String message) {
        BigDecimal ecart = declare == null || calcule == null ? null : declare.subtract(calcule);
        return new Constat(code, regle, gravite, null, null, champ, null, fiche, declare, calcule, ecart, message);
    }
}
