package fr.pacte.securite;

import java.io.Serial;
import org.springframework.security.authentication.BadCredentialsException;

/** A Bearer token that is unknown, expired, revoked, or whose account is disabled. */
class JetonInvalideException extends BadCredentialsException {

    @Serial
    private static final long serialVersionUID = 1L;

    JetonInvalideException() {
        super("Jeton d'API inconnu, expiré ou révoqué");
    }
}
