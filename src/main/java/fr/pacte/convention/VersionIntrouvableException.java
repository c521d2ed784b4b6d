package fr.pacte.convention;

import fr.pacte.shared.web.RessourceIntrouvableException;
import java.util.Optional;

/** The version asked for does not exist (or no version was in force on that date): a 404 with a French message. */
public class VersionIntrouvableException extends RessourceIntrouvableException {

    public VersionIntrouvableException(String motif) {
        super(motif);
    }

    @Override
    public Optional<String> motif() {
        return Optional.of(getMessage());
    }
}
