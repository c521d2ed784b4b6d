package fr.pacte.securite.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times of the account pages, in the time of Paris: {@code ${@fmtCompte.horodatage(i)}} → "31/03/2026 10 h 42". */
@Component("fmtCompte")
class FormatsCompte {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH 'h' mm", Locale.FRANCE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    public String horodatage(Instant instant) {
        return instant == null ? "" : HORODATAGE.format(instant.atZone(PARIS));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(PARIS));
    }
}
