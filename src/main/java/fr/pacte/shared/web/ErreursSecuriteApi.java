package fr.pacte.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 of the JSON API chain (SecurityConfig), in the API's one shape: {@code {"erreur": "…", "code":
 * "NON_AUTHENTIFIE"}} without credentials (or with wrong ones), {@code "ACCES_REFUSE"} when the role does not allow
 * the action (a préfecture account writing, R-SEC-11). No WWW-Authenticate header, so browsers show no login popup.
 */
@Component
public class ErreursSecuriteApi implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ReponsesErreur reponses;

    ErreursSecuriteApi(ReponsesErreur reponses) {
        this.reponses = reponses;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        reponses.ecrire(response, HttpServletResponse.SC_UNAUTHORIZED, ErreurApi.de(CodeErreur.NON_AUTHENTIFIE));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        reponses.ecrire(response, HttpServletResponse.SC_FORBIDDEN, ErreurApi.de(CodeErreur.ACCES_REFUSE));
    }
}
