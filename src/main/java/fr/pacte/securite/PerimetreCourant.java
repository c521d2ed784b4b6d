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

    /** R-SEC-6: accounts, organisations and territories are the administrator's. */
    public void exigerAdministrateur() {
        if (!get().tout()) {
            throw new AccessDeniedException("Réservé à l'administrateur");
        }
    }

    /** R-SEC-2: only the Département's editors change fiches and amounts. */
    public void exigerEdition() {
        if (!get().peutModifierFiches()) {
            throw new AccessDeniedException("Modification réservée aux agents du Département");
        }
    }
}
