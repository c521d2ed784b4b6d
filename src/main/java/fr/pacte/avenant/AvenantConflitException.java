package fr.pacte.avenant;

import fr.pacte.shared.ConflitException;

/** contracts/avenant.md 409: the number exists, the convention is not signed, another avenant is under way. */
public class AvenantConflitException extends ConflitException {

    private final String code;

    AvenantConflitException(String code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
