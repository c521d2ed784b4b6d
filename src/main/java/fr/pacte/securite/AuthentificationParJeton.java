package fr.pacte.securite;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

/**
 * {@code Authorization: Bearer pacte_…} on the API (issue 12 item 6): the personal token stands for its user. A
 * refused token is one log line and a 401 ({@link NonAuthentifieApi}).
 */
class AuthentificationParJeton implements AuthenticationProvider {

    private final JetonsApi jetons;

    AuthentificationParJeton(JetonsApi jetons) {
        this.jetons = jetons;
    }

    /** A token read from the request, not yet checked. */
    static final class JetonPresente extends AbstractAuthenticationToken {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient String valeur;

        JetonPresente(String valeur) {
            super(List.of());
            this.valeur = valeur;
        }

        @Override
        public Object getCredentials() {
            return valeur;
        }

        @Override
        public Object getPrincipal() {
            return "jeton";
        }
    }

    /** Reads the Bearer header; without one, the request goes on to HTTP Basic. */
    static AuthenticationConverter lecteur() {
        WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
        return (HttpServletRequest requete) -> {
            String entete = requete.getHeader(HttpHeaders.AUTHORIZATION);
            if (entete == null || !entete.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
                return null;
            }
            JetonPresente jeton = new JetonPresente(entete.substring("bearer ".length()).strip());
            jeton.setDetails(details.buildDetails(requete));
            return jeton;
        };
    }

    @Override
    public Authentication authenticate(Authentication demande) {
        String valeur = (String) demande.getCredentials();
        UtilisateurConnecte utilisateur = jetons.authentifier(valeur).orElseThrow(() -> {
            AuthentificationFreinee.refus(debut(valeur), AuthentificationFreinee.adresse(demande),
                    "jeton d'API inconnu, expiré ou révoqué");
            return new JetonInvalideException();
        });
        UsernamePasswordAuthenticationToken resultat = UsernamePasswordAuthenticationToken.authenticated(utilisateur,
                null, utilisateur.getAuthorities());
        resultat.setDetails(demande.getDetails());
        return resultat;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return JetonPresente.class.isAssignableFrom(authentication);
    }

    /** Never log a whole token, even a wrong one. */
    private static String debut(String valeur) {
        return "jeton " + (valeur == null ? "" : valeur.substring(0, Math.min(valeur.length(), 10))) + "…";
    }
}
