package fr.pacte.importation.api;

import fr.pacte.importation.TableauIllisibleException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Requests of the tableau financier API that cannot be served: 400 {"erreur": "…"} in French. */
@RestControllerAdvice(assignableTypes = TableauFinancierImportApiController.class)
class ErreursApi {

    private final MessageSource messages;

    ErreursApi(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TableauIllisibleException.class)
    ResponseEntity<Map<String, String>> illisible(TableauIllisibleException e) {
        return erreur(e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, String>> sansFichier(MissingServletRequestPartException e) {
        return erreur(texte("api.erreur.fichierAbsent"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> pasMultipart(MultipartException e) {
        return erreur(texte("api.erreur.multipart"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> parametre(Exception e) {
        return erreur(texte("api.erreur.annee"));
    }

    private String texte(String cle) {
        return messages.getMessage(cle, null, java.util.Locale.FRANCE);
    }

    private static ResponseEntity<Map<String, String>> erreur(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("erreur", message));
    }
}
