package fr.pacte.avenant;

import java.util.List;

/**
 * An avenant document or move refused with a French reason and nothing saved (contracts/avenant.md: {@code 422}):
 * a structural error of the document, a report beyond the champ's end, a guard of a transition; with the findings
 * that explain it.
 */
public class AvenantRefuseException extends RuntimeException {

    private final transient List<ConstatAvenant> constats;
    private final String code;

    public AvenantRefuseException(String code, String message, List<ConstatAvenant> constats) {
        super(message);
        this.code = code;
        this.constats = List.copyOf(constats);
    }

    public List<ConstatAvenant> constats() {
        return constats;
    }

    public String code() {
        return code;
    }
}
