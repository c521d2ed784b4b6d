package fr.pacte.audit.web;

import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the signed-in user's role reads the audit journal (R-SEC-10), to show its links; no database access. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class JournalAdvice {

    private final Autorisations autorisations;

    JournalAdvice(Autorisations autorisations) {
        this.autorisations = autorisations;
    }

    @ModelAttribute("peutLireJournal")
    boolean peutLireJournal() {
        try {
            return autorisations.role(Permission.LIRE_JOURNAL);
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
