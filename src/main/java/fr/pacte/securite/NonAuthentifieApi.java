package fr.pacte.securite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * The API's 401 (issue 13 item 4): the {@code WWW-Authenticate} challenges of both ways in (HTTP Basic, personal
 * token as Bearer) and a French JSON body saying why; a suspended sign-in says until when, with {@code Retry-After}.
 */
@Component
class NonAuthentifieApi implements AuthenticationEntryPoint {

    private final ReponseErreurJson reponses;
    private final Clock horloge = Clock.systemUTC();

    NonAuthentifieApi(ReponseErreurJson reponses) {
        this.reponses = reponses;
    }

    @Override
    public void commence(HttpServletRequest requete, HttpServletResponse reponse, AuthenticationException raison)
            throws IOException {
        reponse.addHeader("WWW-Authenticate", "Basic realm=\"Pacte\", charset=\"UTF-8\"");
        reponse.addHeader("WWW-Authenticate", raison instanceof JetonInvalideException
                ? "Bearer realm=\"Pacte\", error=\"invalid_token\"" : "Bearer realm=\"Pacte\"");
        int statut = HttpServletResponse.SC_UNAUTHORIZED;
        if (raison instanceof CompteBloqueException bloque) {
            long secondes = Math.max(1, Duration.between(horloge.instant(), bloque.jusqua()).toSeconds());
            reponse.setHeader("Retry-After", String.valueOf(secondes));
            reponses.ecrire(reponse, statut, "CONNEXION_SUSPENDUE", "securite.connexion.suspendue",
                    ReponseErreurJson.heureDeReprise(bloque.jusqua()));
        } else if (raison instanceof JetonInvalideException) {
            reponses.ecrire(reponse, statut, "JETON_INVALIDE", "securite.api.jetonInvalide");
        } else if (raison instanceof DisabledException) {
            reponses.ecrire(reponse, statut, "COMPTE_DESACTIVE", "securite.connexion.desactive");
        } else if (raison instanceof BadCredentialsException) {
            reponses.ecrire(reponse, statut, "IDENTIFIANTS_INCORRECTS", "securite.connexion.incorrecte");
        } else {
            reponses.ecrire(reponse, statut, "NON_AUTHENTIFIE", "securite.api.authentificationRequise");
        }
    }
}
