package fr.pacte.revue.web;

import fr.pacte.revue.ATraiter;
import fr.pacte.shared.web.AttributsDesPages;
import fr.pacte.shared.web.ReponsesErreur;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The count of items waiting for the signed-in user, in the header of every page (« À traiter (3) »): one SQL
 * statement, on the pages only (not the API, not the error pages, not a POST).
 */
@Component
class ATraiterEnTete implements AttributsDesPages.Source {

    private final ATraiter aTraiter;

    ATraiterEnTete(ATraiter aTraiter) {
        this.aTraiter = aTraiter;
    }

    @Override
    public void ajouter(HttpServletRequest requete, Model modele) {
        modele.addAttribute("aTraiter", aTraiter(requete));
    }

    private Integer aTraiter(HttpServletRequest requete) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken
                || !"GET".equals(requete.getMethod()) || requete.getDispatcherType() != DispatcherType.REQUEST
                || ReponsesErreur.api(requete)) {
            return null;
        }
        try {
            return aTraiter.compter();
        } catch (RuntimeException e) {
            // The header's count never breaks a page (the database down: the page says so itself).
            return null;
        }
    }
}
