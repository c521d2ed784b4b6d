package fr.pacte.importation;

/**
 * A file that cannot be read at all (not CSV/XLSX, no header, missing required column, over the limits), or an
 * invalid parameter: the message is French, ready for a {@code 400 {"erreur": "…"}}.
 */
public class TableauIllisibleException extends RuntimeException {

    public TableauIllisibleException(String message) {
        super(message);
    }

    public TableauIllisibleException(String message, Throwable cause) {
        super(message, cause);
    }
}
