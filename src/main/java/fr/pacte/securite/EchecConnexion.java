package fr.pacte.securite;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Why the last page sign-in failed, for the login page to say it in French (and keep the login typed). Kept in the
 * session instead of Spring's exception, which would carry the typed password into the session table.
 */
public record EchecConnexion(String login, Motif motif, Instant jusqua) implements Serializable {

    public static final String ATTRIBUT = EchecConnexion.class.getName();

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Motif { IDENTIFIANTS, SUSPENDUE, DESACTIVE }

    /** "10 h 43" (heure de Paris), when the sign-in is suspended. */
    public String heureDeReprise() {
        return jusqua == null ? null : ReponseErreurJson.heureDeReprise(jusqua);
    }
}
