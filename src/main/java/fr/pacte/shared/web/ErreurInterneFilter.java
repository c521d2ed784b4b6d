package fr.pacte.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The last safety net, around everything (security included): an exception nobody answered becomes a 500 that shows
 * no stack trace and carries a reference, e.g. {@code 7F3A-9C2D}; the same reference starts the log line that holds
 * the stack trace. The API gets {@code {"erreur": "… Référence : 7F3A-9C2D.", "code": "ERREUR_INTERNE"}}, a page the
 * French error page (templates/error/500.html).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ErreurInterneFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ErreurInterneFilter.class);

    private final ReponsesErreur reponses;

    ErreurInterneFilter(ReponsesErreur reponses) {
        this.reponses = reponses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chaine)
            throws ServletException, IOException {
        try {
            chaine.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (DisconnectedClientHelper.isClientDisconnectedException(e) || BaseIndisponible.enCause(e)) {
                throw e; // a database down is a 503 (PanneBaseConfiguration's filter, outside this one), not a 500
            }
            InvalidParameterException parametres = parametresIllisibles(e);
            if (parametres != null && !response.isCommitted()) {
                // Tomcat could not read the form: over server.tomcat.max-http-form-post-size (413) or malformed
                // (400). Not an internal error: the error page explains it (a text too long, PageErreurController).
                response.sendError(parametres.getErrorCode());
                return;
            }
            String reference = ReponsesErreur.nouvelleReference();
            LOG.error("Erreur interne, référence {} : {} {}", reference, request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted()) {
                return;
            }
            if (ReponsesErreur.api(request)) {
                reponses.ecrire(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        ErreurApi.de(CodeErreur.ERREUR_INTERNE, reference));
            } else {
                request.setAttribute(ReponsesErreur.REFERENCE, reference);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }

    private static InvalidParameterException parametresIllisibles(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException p) {
                return p;
            }
        }
        return null;
    }
}
