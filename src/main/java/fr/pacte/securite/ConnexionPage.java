package fr.pacte.securite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** What the login form does after a sign-in: where it goes, what it remembers. */
final class ConnexionPage {

    static final String PAGE = "/connexion";
    static final String MOT_DE_PASSE = "/compte/mot-de-passe";

    private ConnexionPage() {
    }

    /** Back to the login page with the reason (wrong password, suspended until…, disabled) and the login typed. */
    static AuthenticationFailureHandler echec() {
        return (HttpServletRequest requete, HttpServletResponse reponse, AuthenticationException raison) -> {
            EchecConnexion.Motif motif = raison instanceof CompteBloqueException ? EchecConnexion.Motif.SUSPENDUE
                    : raison instanceof DisabledException ? EchecConnexion.Motif.DESACTIVE
                    : EchecConnexion.Motif.IDENTIFIANTS;
            String login = requete.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
            requete.getSession().setAttribute(EchecConnexion.ATTRIBUT, new EchecConnexion(
                    login == null || login.length() > 100 ? null : login,
                    motif, raison instanceof CompteBloqueException b ? b.jusqua() : null));
            reponse.sendRedirect(requete.getContextPath() + PAGE + "?error");
        };
    }

    /** Records the sign-in; a provisional password leads to the change-password page first. */
    static SavedRequestAwareAuthenticationSuccessHandler succes(MonCompte monCompte) {
        SavedRequestAwareAuthenticationSuccessHandler suite = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest requete, HttpServletResponse reponse,
                    Authentication authentification) throws IOException, jakarta.servlet.ServletException {
                monCompte.connexionReussie(authentification.getName());
                if (requete.getSession(false) != null) {
                    requete.getSession(false).removeAttribute(EchecConnexion.ATTRIBUT);
                }
                if (authentification.getPrincipal() instanceof UtilisateurConnecte u && u.isMotDePasseProvisoire()) {
                    reponse.sendRedirect(requete.getContextPath() + MOT_DE_PASSE);
                    return;
                }
                super.onAuthenticationSuccess(requete, reponse, authentification);
            }
        };
        suite.setDefaultTargetUrl("/");
        return suite;
    }
}
