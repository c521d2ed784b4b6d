package fr.pacte.document;

import fr.pacte.shared.DemandeRefuseeException;

/** A workbook that cannot be read at all (not an XLSX, over the limits): 400 {@code FICHIER_ILLISIBLE}, in French. */
public class ClasseurIllisibleException extends DemandeRefuseeException {

    public ClasseurIllisibleException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String code() {
        return "FICHIER_ILLISIBLE";
    }
}
