package fr.pacte.securite;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives services the périmètre of the current request's user; no périmètre, no data. */
@Component
public class PerimetreCourant {

    public Perimetre get() {
        return utilisateur().getPerimetre();
    }

    /** The signed-in user: who acts, for the events of the journal. */
    public UtilisateurConnecte utilisateur() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur) {
            return utilisateur;
        }
        throw new AccessDeniedException("Aucun utilisateur connecté");
    }

    /** The login of the current user, for "modifié par" and the journal. */
    public String login() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    /** R-SEC-6: accounts, organisations and territories are the administrator's. */
    public void exigerAdministrateur() {
        if (!get().tout()) {
            throw new AccessDeniedException("Réservé à l'administrateur");
        }
    }
}
