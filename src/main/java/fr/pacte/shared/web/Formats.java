package fr.pacte.shared.web;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Formats for the templates: {@code ${@fmt.montant(x)}} → "578 633,00 €", {@code ${@fmt.date(d)}} → "31/03/2026". */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

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

    /** "12/04/2024 à 14:05" */
    public String dateHeure(LocalDateTime moment) {
        return moment == null ? "" : DATE_HEURE.format(moment);
    }

    /** A French message of the bundle, for text a controller builds. */
    public String message(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, Locale.FRANCE);
    }
}
