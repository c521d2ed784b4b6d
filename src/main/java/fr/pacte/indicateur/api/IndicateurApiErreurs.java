package fr.pacte.indicateur.api;

import fr.pacte.indicateur.SaisieInvalideException;
import fr.pacte.indicateur.ValeurInvalideException;
import fr.pacte.shared.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** 400 answers of the indicator API, in French: {"erreur": "…", "code": "indicateur.valeur.negative"}. */
@RestControllerAdvice(assignableTypes = IndicateurApiController.class)
class IndicateurApiErreurs {

    record ErreurJson(String erreur, String code) {
    }

    @ExceptionHandler(ValeurInvalideException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErreurJson valeurInvalide(ValeurInvalideException e) {
        return new ErreurJson(e.getMessage(), e.cle());
    }

    @ExceptionHandler(SaisieInvalideException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErreurJson saisieInvalide(SaisieInvalideException e) {
        return new ErreurJson(e.getMessage(), e.cle());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ErreurJson illisible(Exception e) {
        String detail = e instanceof MethodArgumentTypeMismatchException m
                ? Messages.texte("indicateur.api.parametre", m.getName(), String.valueOf(m.getValue()))
                : Messages.texte("indicateur.api.corps");
        return new ErreurJson(Messages.texte("indicateur.api.lecture", detail), "indicateur.api.lecture");
    }
}
