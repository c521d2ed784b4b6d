package fr.pacte.rapport;

import java.util.List;

/** A report transition or write refused with its French reason and a stable code ({@code 422}). */
public class TransitionRefuseeException extends RuntimeException {

    private final String code;
    private final transient List<String> details;

    TransitionRefuseeException(String code, String message) {
        this(code, message, List.of());
    }

    TransitionRefuseeException(String code, String message, List<String> details) {
        super(message);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public String code() {
        return code;
    }

    /** E.g. the indicator results missing (R-IND-13). */
    public List<String> details() {
        return details;
    }
}
