package fr.pacte.shared.web;

import fr.pacte.shared.CaractereNulException;
import fr.pacte.shared.DemandeRefuseeException;
import fr.pacte.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where a refused request gets its answer. Under /api/** it is {@code {"erreur": "…", "code": "…"}}
 * in French with the right status ({@link CodeErreur}); for a page it is the French error page of that status
 * (templates/error, through {@link PageErreurController}), with the same sentence.
 *
 * <p>401 and 403 raised by Spring Security are written by {@link ErreursSecuriteApi}; unexpected exceptions by
 * {@link ErreurInterneFilter} (500 with a reference); errors that never reach Spring MVC by the error page.
 */
@RestControllerAdvice
class ErreursApi {

    private final MessageSource messages;

    ErreursApi(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DemandeRefuseeException.class)
    ResponseEntity<ErreurApi> refusee(DemandeRefuseeException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST, new ErreurApi(e.getMessage(), e.code()));
    }

    /** The object is locked or already exists (a validated fiche, a version in force, an avenant's number). */
    @ExceptionHandler(fr.pacte.shared.ConflitException.class)
    ResponseEntity<ErreurApi> conflit(fr.pacte.shared.ConflitException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.CONFLICT, new ErreurApi(e.getMessage(), e.code()));
    }

    /** Unknown route, unknown id or an id outside the périmètre: one answer that leaks nothing (R-SEC-2). */
    @ExceptionHandler({RessourceIntrouvableException.class, NoResourceFoundException.class,
            NoHandlerFoundException.class})
    ResponseEntity<ErreurApi> introuvable(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ErreurApi erreur = e instanceof RessourceIntrouvableException r && r.motif().isPresent()
                ? new ErreurApi(r.motif().get(), CodeErreur.INTROUVABLE.name()) : ErreurApi.de(CodeErreur.INTROUVABLE);
        return repondre(request, response, HttpStatus.NOT_FOUND, erreur);
    }

    /** A request refused with a French reason by the code that read it (e.g. a malformed ?enVigueurAu=). */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ErreurApi> statut(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpStatus statut = HttpStatus.valueOf(e.getStatusCode().value());
        ErreurApi erreur = e.getReason() == null ? ErreurApi.de(CodeErreur.REQUETE_INVALIDE)
                : new ErreurApi(e.getReason(), statut == HttpStatus.NOT_FOUND ? CodeErreur.INTROUVABLE.name()
                        : CodeErreur.REQUETE_INVALIDE.name());
        return repondre(request, response, statut, erreur);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErreurApi> methode(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String permises = e.getSupportedHttpMethods() == null ? ""
                : e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
        response.setHeader(HttpHeaders.ALLOW, permises);
        return repondre(request, response, HttpStatus.METHOD_NOT_ALLOWED,
                ErreurApi.de(CodeErreur.METHODE_NON_AUTORISEE, e.getMethod(), permises));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErreurApi> typeDeContenu(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String acceptes = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(Collectors.joining(", "));
        String recu = e.getContentType() == null ? Messages.texte("api.erreur.sansTypeDeContenu")
                : e.getContentType().toString();
        return repondre(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ErreurApi.de(CodeErreur.TYPE_NON_PRIS_EN_CHARGE, recu, acceptes));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErreurApi> format(HttpMediaTypeNotAcceptableException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String formats = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(Collectors.joining(", "));
        return repondre(request, response, HttpStatus.NOT_ACCEPTABLE,
                ErreurApi.de(CodeErreur.FORMAT_NON_DISPONIBLE, formats));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErreurApi> corpsIllisible(HttpMessageNotReadableException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST, corps(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErreurApi> parametreInvalide(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ErreurApi erreur = contientCaractereNul(e)
                ? ErreurApi.de(CodeErreur.CARACTERE_INTERDIT, e.getName())
                : ErreurApi.de(CodeErreur.PARAMETRE_INVALIDE, e.getName(), String.valueOf(e.getValue()),
                        attendu(e.getName(), e.getRequiredType()));
        return repondre(request, response, HttpStatus.BAD_REQUEST, erreur);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErreurApi> parametreAbsent(MissingServletRequestParameterException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST, ErreurApi.de(CodeErreur.PARAMETRE_ABSENT,
                e.getParameterName(), attendu(e.getParameterName(), e.getMethodParameter().getParameterType())));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ErreurApi> fichierAbsent(MissingServletRequestPartException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST,
                ErreurApi.de(CodeErreur.FICHIER_ABSENT, e.getRequestPartName()));
    }

    /**
     * A file over the multipart limit is refused before any controller runs: the API answers 400 (the contract), a
     * page goes back to itself with the message, so that the form is there to choose a smaller file.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErreurApi> tropVolumineux(HttpServletRequest request, HttpServletResponse response) {
        ErreurApi erreur = ErreurApi.de(CodeErreur.FICHIER_TROP_VOLUMINEUX);
        if (ReponsesErreur.api(request)) {
            return json(HttpStatus.BAD_REQUEST, erreur);
        }
        String chemin = request.getRequestURI();
        RequestContextUtils.getOutputFlashMap(request).put("erreurTexte", erreur.erreur());
        RequestContextUtils.saveOutputFlashMap(chemin, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(chemin)).build();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErreurApi> pasMultipart(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST, ErreurApi.de(CodeErreur.MULTIPART_ATTENDU));
    }

    /** A form bound without a BindingResult (a NUL character in a field, a number that is not one…). */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ErreurApi> liaison(BindException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<ObjectError> erreurs = e.getAllErrors();
        boolean nul = erreurs.stream().anyMatch(o -> o.contains(CaractereNulException.class));
        String detail = erreurs.stream().map(o -> messages.getMessage(o, Locale.FRANCE)).distinct()
                .collect(Collectors.joining(" "));
        ErreurApi erreur = new ErreurApi(Messages.texte("api.erreur.formulaire", detail),
                (nul ? CodeErreur.CARACTERE_INTERDIT : CodeErreur.REQUETE_INVALIDE).name());
        return repondre(request, response, HttpStatus.BAD_REQUEST, erreur);
    }

    /** A field name no form has, e.g. {@code lignes[100000].t0}: over the collection limit of SaisieTexte. */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<ErreurApi> champInattendu(InvalidPropertyException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST,
                new ErreurApi(Messages.texte("api.erreur.champInattendu", e.getPropertyName()),
                        CodeErreur.REQUETE_INVALIDE.name()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ErreurApi> requete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return repondre(request, response, HttpStatus.BAD_REQUEST, ErreurApi.de(CodeErreur.REQUETE_INVALIDE));
    }

    private ResponseEntity<ErreurApi> repondre(HttpServletRequest request, HttpServletResponse response,
            HttpStatus statut, ErreurApi erreur) throws IOException {
        if (ReponsesErreur.api(request)) {
            return json(statut, erreur);
        }
        request.setAttribute(ReponsesErreur.MESSAGE, erreur.erreur());
        response.sendError(statut.value());
        return null;
    }

    /** The Content-Type is set, so that the error is written as JSON whatever the request's Accept header. */
    private static ResponseEntity<ErreurApi> json(HttpStatus statut, ErreurApi erreur) {
        return ResponseEntity.status(statut).contentType(MediaType.APPLICATION_JSON).body(erreur);
    }

    private static ErreurApi corps(HttpMessageNotReadableException e) {
        java.util.Optional<String> horsLimites = LimitesJson.horsLimites(e);
        if (horsLimites.isPresent()) {
            return new ErreurApi(horsLimites.get(), "NOMBRE_HORS_LIMITES");
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException f && f.getValue() instanceof String s && s.indexOf('\u0000') >= 0) {
            return ErreurApi.de(CodeErreur.CARACTERE_INTERDIT, chemin(f));
        }
        if (cause instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new ErreurApi(Messages.texte("api.erreur.corps.valeur", String.valueOf(f.getValue()), chemin(f),
                    valeursPossibles(f.getTargetType())), CodeErreur.CORPS_ILLISIBLE.name());
        }
        if (cause instanceof MismatchedInputException m && !chemin(m).isEmpty()) {
            return new ErreurApi(Messages.texte("api.erreur.corps.type", chemin(m)), CodeErreur.CORPS_ILLISIBLE.name());
        }
        return ErreurApi.de(CodeErreur.CORPS_ILLISIBLE);
    }

    private static boolean contientCaractereNul(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CaractereNulException) {
                return true;
            }
        }
        return false;
    }

    /** {@code valeurs[0].texte} from Jackson's path. */
    private static String chemin(JacksonException e) {
        StringBuilder chemin = new StringBuilder();
        e.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                chemin.append(chemin.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                chemin.append('[').append(reference.getIndex()).append(']');
            }
        });
        return chemin.toString();
    }

    /** What a parameter expects, in French: "un nombre entier, par exemple annee=2024" or "T0, CIBLE ou RESULTAT". */
    private static String attendu(String nom, Class<?> type) {
        if (type == null) {
            return Messages.texte("api.attendu.texte");
        }
        if (type.isEnum()) {
            return Messages.texte("api.attendu.valeurs", valeursPossibles(type));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Messages.texte("api.attendu.entier") + exemple(nom);
        }
        if (Number.class.isAssignableFrom(type)) {
            return Messages.texte("api.attendu.nombre");
        }
        return Messages.texte("api.attendu.texte");
    }

    /** ", par exemple annee=2024" when the bundle has an example for that parameter (api.exemple.annee). */
    private static String exemple(String nom) {
        try {
            return Messages.texte("api.exemple", Messages.texte("api.exemple." + nom));
        } catch (MissingResourceException e) {
            return "";
        }
    }

    /** "T0, CIBLE ou RESULTAT". */
    private static String valeursPossibles(Class<?> enumeration) {
        List<String> noms = Arrays.stream(enumeration.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (noms.size() == 1) {
            return noms.get(0);
        }
        return String.join(", ", noms.subList(0, noms.size() - 1)) + " " + Messages.texte("api.attendu.ou") + " "
                + noms.get(noms.size() - 1);
    }
}
