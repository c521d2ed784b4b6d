package fr.pacte.securite;

import java.io.Serial;
import java.util.List;

/** An account change that breaks a rule: nothing was saved; the form shows every {@link Refus}. */
public class CompteRefuseException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Refus> refus;

    CompteRefuseException(List<Refus> refus) {
        super(refus.toString());
        this.refus = List.copyOf(refus);
    }

    public List<Refus> refus() {
        return refus;
    }
}
