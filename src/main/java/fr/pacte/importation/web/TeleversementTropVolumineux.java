package fr.pacte.importation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the multipart limit is refused before any controller runs: the API answers 400 {"erreur": "…"}, a page
 * goes back to itself with the message (contracts/tableau-financier.md: a clear French 400).
 */
@ControllerAdvice
class TeleversementTropVolumineux {

    private final MessageSource messages;

    TeleversementTropVolumineux(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tropVolumineux(HttpServletRequest request, HttpServletResponse response) {
        String message = messages.getMessage("api.erreur.tropVolumineux", null, Locale.FRANCE);
        String chemin = request.getRequestURI();
        if (chemin.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("erreur", message));
        }
        RequestContextUtils.getOutputFlashMap(request).put("erreurTexte", message);
        RequestContextUtils.saveOutputFlashMap(chemin, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(chemin)).build();
    }
}
