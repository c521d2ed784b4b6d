package fr.pacte.indicateur.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import java.math.BigDecimal;

/** Builds the findings of the R-IND rules, located by champ, axe, fiche and period column. */
final class Constats {

    private Constats() {
    }

    static Constat constat(String code, String regle, Gravite gravite, IndicateurContexte contexte, Periode periode,
            BigDecimal declare, BigDecimal calcule, String message) {
        BigDecimal ecart = declare != null && calcule != null ? declare.subtract(calcule) : null;
        return new Constat(code, regle, gravite, null, periode == null ? null : periode.code(), contexte.champ(),
                contexte.axe(), contexte.fiche(), declare, calcule, ecart, message);
    }
}
