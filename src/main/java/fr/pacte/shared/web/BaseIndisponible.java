package fr.pacte.shared.web;

import fr.pacte.shared.Textes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Issue 13, item 5: the database is down or does not answer in time. Every page and API call then answers at once a
 * French 503 (the page {@code error/503} in the app's layout; for {@code /api/**} JSON
 * {@code {"erreur": "…", "code": "SERVICE_INDISPONIBLE"}}), never a 30 s hang, a 500 or a 401 to valid credentials;
 * the pool reconnects by itself when the database returns. This class tells such a failure from any other and writes
 * the answer; {@link PanneBaseConfiguration} plugs it into Spring MVC and the servlet chain, and the security
 * configuration wraps its entry point and login failure handler with {@link #pointDEntree} and
 * {@link #echecDeConnexion}.
 */
public final class BaseIndisponible {

    public static final String CODE = "SERVICE_INDISPONIBLE";
    /** Seconds after which a client may try again (header {@code Retry-After}). */
    static final String REESSAYER_APRES = "5";

    /** Renders the French 503 page without an error dispatch (set by PanneBaseConfiguration). */
    static volatile Rendu rendu;

    interface Rendu {
        void ecrire(HttpServletRequest requete, HttpServletResponse reponse) throws IOException;
    }

    private BaseIndisponible() {
    }

    /**
     * True when the failure comes from the database being unreachable, refusing connections, shutting down, or a
     * statement cancelled by the statement timeout: connection exceptions of JDBC, SQLSTATE class 08, 57P01-57P03
     * (shutdown, cannot connect now), 53300 (too many connections), 57014 (statement timeout).
     */
    public static boolean enCause(Throwable erreur) {
        int profondeur = 0;
        for (Throwable t = erreur; t != null && profondeur < 30; t = t.getCause() == t ? null : t.getCause()) {
            profondeur++;
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof java.sql.SQLTimeoutException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // A connection that died mid-request: the pool says so, and the rollback that follows fails with it.
            String message = String.valueOf(t.getMessage());
            if ((t instanceof SQLException && message.contains("Connection is closed"))
                    || (t.getClass().getName().equals("org.hibernate.TransactionException")
                            && message.startsWith("Unable to rollback"))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String etat = sql.getSQLState();
                if (etat.startsWith("08") || etat.equals("57P01") || etat.equals("57P02") || etat.equals("57P03")
                        || etat.equals("53300") || etat.equals("57014")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean api(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return chemin.startsWith("/api/") || chemin.startsWith("/actuator/");
    }

    /** The French JSON answer of the API. */
    static void ecrireJson(HttpServletResponse reponse) throws IOException {
        reponse.resetBuffer();
        reponse.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        reponse.setHeader("Retry-After", REESSAYER_APRES);
        reponse.setContentType(MediaType.APPLICATION_JSON_VALUE);
        reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = Textes.texte("erreur.503.texte").replace("\\", "\\\\").replace("\"", "\\\"");
        reponse.getWriter().write("{\"erreur\": \"" + message + "\", \"code\": \"" + CODE + "\"}");
        reponse.flushBuffer();
    }

    /** The answer to a request that failed on the database: JSON for the API, the error page otherwise. */
    static void repondre(HttpServletRequest requete, HttpServletResponse reponse) throws IOException {
        if (reponse.isCommitted()) {
            return;
        }
        if (api(requete)) {
            ecrireJson(reponse);
        } else {
            reponse.setHeader("Retry-After", REESSAYER_APRES);
            Rendu page = rendu;
            if (page == null) {
                reponse.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            reponse.resetBuffer();
            reponse.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            try {
                page.ecrire(requete, reponse);
            } catch (RuntimeException e) {
                reponse.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /**
     * HTTP Basic of the API: authentication that failed because the database is down is a 503, not a 401 (the
     * password may well be right).
     */
    public static AuthenticationEntryPoint pointDEntree(AuthenticationEntryPoint sinon) {
        return (requete, reponse, echec) -> {
            if (enCause(echec)) {
                repondre(requete, reponse);
            } else {
                sinon.commence(requete, reponse, echec);
            }
        };
    }

    /** The login form: the same, the 503 page instead of "identifiant ou mot de passe incorrect". */
    public static AuthenticationFailureHandler echecDeConnexion(AuthenticationFailureHandler sinon) {
        return (requete, reponse, echec) -> {
            if (enCause(echec)) {
                repondre(requete, reponse);
            } else {
                sinon.onAuthenticationFailure(requete, reponse, echec);
            }
        };
    }
}
