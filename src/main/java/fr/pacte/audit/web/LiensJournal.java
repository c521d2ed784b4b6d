package fr.pacte.audit.web;

import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import org.springframework.security.access.AccessDeniedException;
import fr.pacte.shared.web.AttributsDesPages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Whether the signed-in user's role reads the audit journal (R-SEC-10), to show its links; no database access. */
@Component
class LiensJournal implements AttributsDesPages.Source {

    private final Autorisations autorisations;

    LiensJournal(Autorisations autorisations) {
        this.autorisations = autorisations;
    }

    @Override
    public void ajouter(HttpServletRequest requete, Model modele) {
        modele.addAttribute("peutLireJournal", peutLireJournal());
    }

    private boolean peutLireJournal() {
        try {
            return autorisations.role(Permission.LIRE_JOURNAL);
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
