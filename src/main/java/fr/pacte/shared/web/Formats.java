package fr.pacte.shared.web;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats for the templates: {@code ${@fmt.montant(x)}} → "578 633,00 €", {@code ${@fmt.date(d)}} → "31/03/2026". */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String montant(BigDecimal montant) {
        return Montants.format(montant);
    }

    /** For an input field: "93 507,00" with ordinary spaces, easy to retype. */
    public String saisie(BigDecimal montant) {
        return montant == null ? "" : Montants.nombre(montant).replace(Montants.ESPACE_FINE, ' ');
    }

    public String pourcentage(BigDecimal valeur) {
        return Montants.pourcentage(valeur);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
