package fr.pacte.importation;

import fr.pacte.shared.DemandeRefuseeException;

/**
 * A file that cannot be read at all (not CSV/XLSX, no header, missing required column, over the limits), or an
 * invalid parameter: the message is French, ready for a {@code 400 {"erreur": "…", "code": "FICHIER_ILLISIBLE"}}.
 */
public class TableauIllisibleException extends DemandeRefuseeException {

    public static final String CODE = "FICHIER_ILLISIBLE";

    public TableauIllisibleException(String message) {
        super(message);
    }

    public TableauIllisibleException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
