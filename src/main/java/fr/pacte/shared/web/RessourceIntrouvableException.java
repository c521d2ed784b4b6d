package fr.pacte.shared.web;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An unknown id, or one outside the user's périmètre: both answer 404 and say nothing more (R-SEC-2). A subclass may
 * say why in French when that leaks nothing (a version of a visible convention that does not exist).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RessourceIntrouvableException extends RuntimeException {

    public RessourceIntrouvableException() {
        super("Ressource introuvable");
    }

    protected RessourceIntrouvableException(String motif) {
        super(motif);
    }

    /** The French reason to show, when there is one that leaks nothing. */
    public Optional<String> motif() {
        return Optional.empty();
    }
}
