package fr.pacte.revue.web;

import fr.pacte.revue.ATraiter;
import fr.pacte.shared.web.ReponsesErreur;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of items waiting for the signed-in user, in the header of every page (« À traiter (3) »): one SQL
 * statement, on the pages only (not the API, not the error pages, not a POST).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ATraiterAdvice {

    private final ATraiter aTraiter;

    ATraiterAdvice(ATraiter aTraiter) {
        this.aTraiter = aTraiter;
    }

    @ModelAttribute("aTraiter")
    Integer aTraiter(HttpServletRequest requete) {
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
