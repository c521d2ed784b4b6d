package fr.pacte.consolidation.web;

import fr.pacte.indicateur.Nombres;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Formats for the consolidation page: {@code ${@fmtConsolidation.nombre(x)}} → "2 640" (an indicator count). */
@Component("fmtConsolidation")
class FormatsConsolidation {

    public String nombre(BigDecimal valeur) {
        return Nombres.format(valeur);
    }
}
