package fr.pacte.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every error answer shares: whether the request belongs to the JSON API, the JSON body written outside Spring
 * MVC (security handlers, filters, the error page), and the reference of an internal error, printed on the page and
 * in the log line so that a support request finds its stack trace.
 */
@Component
public class ReponsesErreur {

    /** Request attribute: a French sentence saying precisely what was wrong, shown by the error page. */
    public static final String MESSAGE = "pacte.erreur.message";
    /** Request attribute: the reference of an internal error already logged. */
    public static final String REFERENCE = "pacte.erreur.reference";

    private static final SecureRandom HASARD = new SecureRandom();

    private final JsonMapper json;

    ReponsesErreur(JsonMapper json) {
        this.json = json;
    }

    /** True for /api/** and the OpenAPI description, also when the error page is rendering their error. */
    public static boolean api(HttpServletRequest request) {
        Object origine = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = origine instanceof String s ? s : request.getRequestURI();
        String chemin = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return chemin.startsWith("/api/") || chemin.startsWith("/v3/api-docs");
    }

    /** A short reference such as {@code 7F3A-9C2D}, unique enough to find one log line. */
    public static String nouvelleReference() {
        byte[] octets = new byte[4];
        HASARD.nextBytes(octets);
        String hexa = HexFormat.of().formatHex(octets).toUpperCase(Locale.ROOT);
        return hexa.substring(0, 4) + "-" + hexa.substring(4);
    }

    /** Writes {@code {"erreur": …, "code": …}} with the status, replacing anything buffered. */
    public void ecrire(HttpServletResponse response, int statut, ErreurApi erreur) throws IOException {
        response.resetBuffer();
        response.setStatus(statut);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(erreur));
        response.flushBuffer();
    }
}
