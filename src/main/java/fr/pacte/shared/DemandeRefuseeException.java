package fr.pacte.shared;

/**
 * A request refused before anything is saved, with a French message ready for the user and a stable code: the JSON
 * API answers {@code 400 {"erreur": message, "code": code}} (shared/web/ErreursApi). Each feature's exception
 * extends it (an unreadable tableau financier, an invalid indicator value…).
 */
public abstract class DemandeRefuseeException extends IllegalArgumentException {

    protected DemandeRefuseeException(String message) {
        super(message);
    }

    protected DemandeRefuseeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Stable code for scripts and tests, e.g. {@code FICHIER_ILLISIBLE} or {@code indicateur.valeur.negative}. */
    public abstract String code();
}
