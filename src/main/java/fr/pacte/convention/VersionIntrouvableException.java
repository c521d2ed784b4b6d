package fr.pacte.convention;

import fr.pacte.shared.web.RessourceIntrouvableException;

/** The version asked for does not exist (or no version was in force on that date): a 404 with a French message. */
public class VersionIntrouvableException extends RessourceIntrouvableException {

    private final String motif;

    public VersionIntrouvableException(String motif) {
        this.motif = motif;
    }

    @Override
    public String getMessage() {
        return motif;
    }
}
