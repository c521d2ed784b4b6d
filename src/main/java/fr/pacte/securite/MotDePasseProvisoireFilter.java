package fr.pacte.securite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 12 item 2: an account with a provisional password (set by the administrator) changes it before anything
 * else. Pages lead to the change-password page; the API answers 403 with a French JSON body.
 */
class MotDePasseProvisoireFilter extends OncePerRequestFilter {

    private static final List<String> PERMIS = List.of(ConnexionPage.MOT_DE_PASSE, "/deconnexion", "/css/", "/js/",
            "/favicon.ico", "/error");

    private final ReponseErreurJson reponses;
    private final boolean api;

    MotDePasseProvisoireFilter(ReponseErreurJson reponses, boolean api) {
        this.reponses = reponses;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null && authentification.getPrincipal() instanceof UtilisateurConnecte u
                && u.isMotDePasseProvisoire() && !permis(requete)) {
            if (api) {
                reponses.ecrire(reponse, HttpServletResponse.SC_FORBIDDEN, "MOT_DE_PASSE_PROVISOIRE",
                        "securite.api.motDePasseProvisoire");
            } else {
                reponse.sendRedirect(requete.getContextPath() + ConnexionPage.MOT_DE_PASSE);
            }
            return;
        }
        suite.doFilter(requete, reponse);
    }

    private boolean permis(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return !api && PERMIS.stream().anyMatch(p -> p.endsWith("/") ? chemin.startsWith(p) : chemin.equals(p));
    }
}
