package fr.pacte.shared;

/**
 * A request refused because of the state of what it would change, with a French reason and a stable code: a fiche
 * validated by the préfecture, a version in force (R-SEC-8), an avenant whose number exists. The JSON API answers
 * {@code 409 {"erreur": message, "code": code}} and a page the French error page (shared/web/ErreursApi).
 */
public abstract class ConflitException extends RuntimeException {

    protected ConflitException(String message) {
        super(message);
    }

    /** Stable code for scripts and tests, e.g. {@code FICHE_VERROUILLEE}. */
    public abstract String code();
}
