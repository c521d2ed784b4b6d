package fr.pacte.shared.web.rendu;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a feature gives for its rendering to be kept (issue 12, point 5): the model attribute holding the key of a
 * page's content ({@code pacte:garder="${garde}"} on its {@code <main>}) or of the layout's menu, set by an
 * interceptor's {@code postHandle} on a page read with GET only.
 */
public final class Gardes {

    /** The key of a page's content. */
    public static final String CONTENU = "garde";

    /** The key of the layout's menu. */
    public static final String ENTETE = "gardeEntete";

    private Gardes() {
    }

    /** Whether the handler's result is a page rendered for a GET: the only rendering that may be kept. */
    public static boolean pageLue(HttpServletRequest requete, ModelAndView vue) {
        return vue != null && vue.getViewName() != null && !vue.getViewName().startsWith("redirect:")
                && "GET".equals(requete.getMethod());
    }
}
