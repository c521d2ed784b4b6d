package fr.pacte.securite;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A job run by the application itself at start-up (the national dataset), not by a person: it acts as the
 * administrator (R-SEC-6) under a login of its own that no account has and nobody can sign in with, so that the use
 * cases check their permissions as usual and the journal says who wrote (never an invented person).
 */
public final class TacheSysteme {

    private TacheSysteme() {
    }

    public static <T> T executer(String login, String nomAffiche, Supplier<T> tache) {
        UtilisateurConnecte systeme = new UtilisateurConnecte(login, nomAffiche, Role.ADMIN);
        SecurityContext avant = SecurityContextHolder.getContext();
        SecurityContext contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(systeme, null,
                systeme.getAuthorities()));
        SecurityContextHolder.setContext(contexte);
        try {
            return tache.get();
        } finally {
            SecurityContextHolder.setContext(avant);
        }
    }
}
