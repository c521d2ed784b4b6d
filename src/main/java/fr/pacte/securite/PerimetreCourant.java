package fr.pacte.securite;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Gives services the périmètre of the current request's user; no périmètre, no data. */
@Component
public class PerimetreCourant {

    public Perimetre get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur) {
            return utilisateur.getPerimetre();
        }
        throw new AccessDeniedException("Aucun utilisateur connecté");
    }

    /** R-SEC-2: only the Département's editors change fiches and amounts. */
    public void exigerEdition() {
        if (!get().peutModifierFiches()) {
            throw new AccessDeniedException("Modification réservée aux agents du Département");
        }
    }
}
