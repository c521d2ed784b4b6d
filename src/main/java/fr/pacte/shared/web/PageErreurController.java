package fr.pacte.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page (replaces Spring Boot's, whose fallback is the English "Whitelabel Error Page"): every error that
 * reaches the servlet container's /error, whether raised by a controller (ErreursApi), Spring Security, Tomcat (a form
 * post over the size limit) or a filter (ErreurInterneFilter).
 * <ul>
 *   <li>under /api/**: {@code {"erreur": "…", "code": "…"}} (CodeErreur by status);</li>
 *   <li>for a page: {@code templates/error/<status>.html} if it exists (400, 403, 404, 413, 500…), else
 *   {@code error/error.html}, always inside the layout with a "retour" link; a 5xx shows a reference, never a stack
 *   trace, and the log line has the same reference.</li>
 * </ul>
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class PageErreurController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(PageErreurController.class);

    private final ReponsesErreur reponses;
    private final Map<Integer, String> vues = new ConcurrentHashMap<>();

    PageErreurController(ReponsesErreur reponses) {
        this.reponses = reponses;
    }

    @RequestMapping
    ModelAndView erreur(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int statut = statut(request);
        String message = request.getAttribute(ReponsesErreur.MESSAGE) instanceof String m ? m : null;
        String reference = statut >= 500 ? reference(request, statut) : null;
        if (ReponsesErreur.api(request)) {
            CodeErreur code = CodeErreur.pour(statut);
            ErreurApi erreur = message != null ? new ErreurApi(message, code.name())
                    : reference != null ? ErreurApi.de(code, reference) : ErreurApi.de(code);
            reponses.ecrire(response, statut, erreur);
            return null;
        }
        ModelAndView page = new ModelAndView(vue(statut));
        page.setStatus(HttpStatus.valueOf(statut));
        page.addObject("statut", statut);
        page.addObject("message", message);
        page.addObject("reference", reference);
        page.addObject("formulaire", !estMultipart(request));
        return page;
    }

    private static int statut(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s && s >= 400 ? s : 500;
    }

    /** The reference given by ErreurInterneFilter, or a new one logged here (an error raised outside Spring MVC). */
    private static String reference(HttpServletRequest request, int statut) {
        if (request.getAttribute(ReponsesErreur.REFERENCE) instanceof String r) {
            return r;
        }
        String reference = ReponsesErreur.nouvelleReference();
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.error("Erreur {}, référence {} : {}", statut, reference, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                exception instanceof Throwable t ? t : null);
        return reference;
    }

    /** A 413 on a multipart request is a file over the limit; otherwise a form whose text is too long. */
    private static boolean estMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private String vue(int statut) {
        return vues.computeIfAbsent(statut, s -> new ClassPathResource("templates/error/" + s + ".html").exists()
                ? "error/" + s : s >= 500 ? "error/500" : "error/error");
    }
}
