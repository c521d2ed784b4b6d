package fr.pacte.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown id, or one outside the user's périmètre: both answer 404 and say nothing more (R-SEC-2). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RessourceIntrouvableException extends RuntimeException {

    public RessourceIntrouvableException() {
        super("Ressource introuvable");
    }
}
