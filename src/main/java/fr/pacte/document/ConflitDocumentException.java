package fr.pacte.document;

import fr.pacte.shared.Messages;

/**
 * A document that cannot be taken as it stands (409): its numero is already used in that Département (R-ADM-1), or
 * the convention is signed, so that its changes go through an avenant (R-SEC-13, contracts/avenant.md).
 */
public class ConflitDocumentException extends RuntimeException {

    private final String code;

    private ConflitDocumentException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static ConflitDocumentException numeroPris(String numero, String departement) {
        return new ConflitDocumentException("NUMERO_DEJA_UTILISE",
                Messages.texte("document.conflit.numero", numero, departement));
    }

    public static ConflitDocumentException signee(String numero) {
        return new ConflitDocumentException("CONVENTION_SIGNEE", Messages.texte("document.conflit.signee", numero));
    }

    public String code() {
        return code;
    }
}
