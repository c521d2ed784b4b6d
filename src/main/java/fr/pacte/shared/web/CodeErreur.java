package fr.pacte.shared.web;

import org.springframework.http.HttpStatus;

/**
 * The stable codes of the JSON API errors, {@code {"erreur": "…", "code": "…"}} (README, section JSON API). A feature
 * may add its own codes through {@link fr.pacte.shared.DemandeRefuseeException} (e.g. {@code FICHIER_ILLISIBLE},
 * {@code indicateur.valeur.negative}); the default French message of each code is {@code api.erreur.<CODE>}.
 */
public enum CodeErreur {
    /** 400: the request is malformed in a way no other code describes. */
    REQUETE_INVALIDE(HttpStatus.BAD_REQUEST),
    /** 400: the JSON body cannot be read (syntax, unknown enum value, wrong type). */
    CORPS_ILLISIBLE(HttpStatus.BAD_REQUEST),
    /** 400: a path variable or parameter cannot be converted (annee=abc, nature=PREVISION). */
    PARAMETRE_INVALIDE(HttpStatus.BAD_REQUEST),
    /** 400: a required parameter is missing (annee). */
    PARAMETRE_ABSENT(HttpStatus.BAD_REQUEST),
    /** 400: a text holds a NUL character (U+0000). */
    CARACTERE_INTERDIT(HttpStatus.BAD_REQUEST),
    /** 400: the multipart part {@code fichier} is missing. */
    FICHIER_ABSENT(HttpStatus.BAD_REQUEST),
    /** 400: the request is not multipart/form-data where a file is expected. */
    MULTIPART_ATTENDU(HttpStatus.BAD_REQUEST),
    /** 400: the file is over 5 MB (contracts/tableau-financier.md: a file that cannot be read answers 400). */
    FICHIER_TROP_VOLUMINEUX(HttpStatus.BAD_REQUEST),
    /** 401: no or wrong credentials (HTTP Basic). */
    NON_AUTHENTIFIE(HttpStatus.UNAUTHORIZED),
    /** 403: the user's role does not allow the action. */
    ACCES_REFUSE(HttpStatus.FORBIDDEN),
    /** 404: unknown route, unknown id, or an id outside the user's périmètre (R-SEC-2: the same answer). */
    INTROUVABLE(HttpStatus.NOT_FOUND),
    /** 405: the route exists for other HTTP methods (header Allow). */
    METHODE_NON_AUTORISEE(HttpStatus.METHOD_NOT_ALLOWED),
    /** 406: the route cannot answer in the format of the Accept header. */
    FORMAT_NON_DISPONIBLE(HttpStatus.NOT_ACCEPTABLE),
    /** 413: the request body is over the server's limit. */
    REQUETE_TROP_VOLUMINEUSE(HttpStatus.CONTENT_TOO_LARGE),
    /** 415: the Content-Type is not accepted (e.g. text/plain where JSON is expected). */
    TYPE_NON_PRIS_EN_CHARGE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** 500: an unexpected error; the message carries the reference written in the server log. */
    ERREUR_INTERNE(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus statut;

    CodeErreur(HttpStatus statut) {
        this.statut = statut;
    }

    public HttpStatus statut() {
        return statut;
    }

    /** The message key of the default French message. */
    public String cle() {
        return "api.erreur." + name();
    }

    /** The code of an error known only by its status (an error page reached without a specific message). */
    static CodeErreur pour(int statut) {
        return switch (statut) {
            case 401 -> NON_AUTHENTIFIE;
            case 403 -> ACCES_REFUSE;
            case 404 -> INTROUVABLE;
            case 405 -> METHODE_NON_AUTORISEE;
            case 406 -> FORMAT_NON_DISPONIBLE;
            case 413 -> REQUETE_TROP_VOLUMINEUSE;
            case 415 -> TYPE_NON_PRIS_EN_CHARGE;
            default -> statut >= 500 ? ERREUR_INTERNE : REQUETE_INVALIDE;
        };
    }
}
