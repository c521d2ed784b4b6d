package fr.pacte.indicateur.web;

import fr.pacte.indicateur.Taux;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Formats for the indicator templates: {@code ${@fmtIndicateur.pourcentage(x)}} → "41,4 %". */
@Component("fmtIndicateur")
class FormatsIndicateur {

    public String pourcentage(BigDecimal valeur) {
        return Taux.affichage(valeur);
    }
}
