package fr.pacte.revue;

import fr.pacte.shared.ConflitException;

/** R-WF-4, R-SEC-8: a change refused because the review (or the avenant) has locked what it would change: 409. */
public class ModificationVerrouilleeException extends ConflitException {

    public ModificationVerrouilleeException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "MODIFICATION_VERROUILLEE";
    }
}
