package fr.pacte.securite;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** R-SEC-11: too many failures; the sign-in is refused, without checking the password, until {@link #jusqua()}. */
public class CompteBloqueException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant jusqua;

    CompteBloqueException(Instant jusqua) {
        super("Connexion suspendue jusqu'à " + jusqua);
        this.jusqua = jusqua;
    }

    public Instant jusqua() {
        return jusqua;
    }
}
