package fr.pacte.revue;

import fr.pacte.controle.Constat;
import java.util.List;

/**
 * A move of a review that a guard refuses (contracts/avenant.md: {@code 422 {"erreur": "…"}} in French, nothing
 * changed): the reason, and the findings that block it when there are some (R-WF-3).
 */
public class TransitionRefuseeException extends RuntimeException {

    private final transient List<Constat> constats;

    public TransitionRefuseeException(String message) {
        this(message, List.of());
    }

    public TransitionRefuseeException(String message, List<Constat> constats) {
        super(message);
        this.constats = List.copyOf(constats);
    }

    public List<Constat> constats() {
        return constats;
    }
}
