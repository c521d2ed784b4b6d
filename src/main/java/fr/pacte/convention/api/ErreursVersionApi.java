package fr.pacte.convention.api;

import fr.pacte.convention.VersionIntrouvableException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** A version that does not exist (404) or a malformed version option (400), answered in French on the API. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErreursVersionApi {

    @ExceptionHandler(VersionIntrouvableException.class)
    ResponseEntity<Object> introuvable(VersionIntrouvableException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("erreur", e.getMessage(), "code", "VERSION_INTROUVABLE"));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Object> statut(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(Map.of("erreur", String.valueOf(e.getReason()),
                "code", "REQUETE_INVALIDE"));
    }
}
