package fr.pacte.avenant.rules;

import fr.pacte.avenant.DocumentAvenant.Deliberation;
import fr.pacte.shared.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * R-DATE-6 An avenant enters into force on its last signature date: a date that is given, not in the future, not
 * before the séance of the délibération that authorised it (contracts/avenant.md, DELIBERE → EN_VIGUEUR), and after
 * the date the version it replaces came into force. With R-ADM-3/4 on the délibération ({@link DeliberationRule}).
 */
public final class SignatureRule {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** @param enVigueurDepuis the entry into force of the version in force, null when unknown (the Vienne, Q12) */
    public List<String> verifier(Deliberation deliberation, LocalDate date, LocalDate aujourdhui,
            LocalDate enVigueurDepuis) {
        List<String> problemes = new ArrayList<>(new DeliberationRule().verifier(deliberation));
        if (date == null) {
            problemes.add(Messages.texte("avenant.signature.date"));
            return problemes;
        }
        if (deliberation != null && deliberation.dateSeance() != null && date.isBefore(deliberation.dateSeance())) {
            problemes.add(Messages.texte("avenant.signature.avantSeance", JOUR.format(date),
                    JOUR.format(deliberation.dateSeance())));
        }
        if (date.isAfter(aujourdhui)) {
            problemes.add(Messages.texte("avenant.signature.future", JOUR.format(date)));
        }
        if (enVigueurDepuis != null && !date.isAfter(enVigueurDepuis)) {
            problemes.add(Messages.texte("avenant.signature.avantVersion", JOUR.format(date),
                    JOUR.format(enVigueurDepuis)));
        }
        return problemes;
    }
}
