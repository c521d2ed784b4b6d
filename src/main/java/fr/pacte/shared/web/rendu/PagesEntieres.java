package fr.pacte.shared.web.rendu;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Whole pages rendered once (issue 12, point 5: no repeated rendering work). A GET page whose content is kept under
 * {@code garde} ({@code pacte:garder="${garde}"} on its {@code <main>}) and whose menu is kept under {@code
 * gardeEntete} shows nothing else but its title, fil d'Ariane and version banner, which the content's key already
 * names, and the CSRF token of the sign-out form: the page is then kept as bytes under both keys and written again
 * with the request's own token, without Thymeleaf. A page whose content was not kept (it holds a POST form, a flash
 * message, no key) is rendered as usual every time.
 */
@Configuration
class PagesEntieres implements WebMvcConfigurer, HandlerInterceptor, ViewResolver, Ordered {

    private static final String ATTRIBUT = PagesEntieres.class.getName();

    private final RendusGardes rendus;
    private final ObjectProvider<ThymeleafViewResolver> resolveur;

    PagesEntieres(RendusGardes rendus, ObjectProvider<ThymeleafViewResolver> resolveur) {
        this.rendus = rendus;
        this.resolveur = resolveur;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        // first in the chain, so its postHandle comes last: the other interceptors have put both keys in the model
        registre.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public void postHandle(HttpServletRequest requete, HttpServletResponse reponse, Object handler,
            ModelAndView vue) {
        if (!Gardes.pageLue(requete, vue) || !(vue.getModel().get(Gardes.CONTENU) instanceof String contenu)
                || !(vue.getModel().get(Gardes.ENTETE) instanceof String entete)) {
            return;
        }
        requete.setAttribute(ATTRIBUT, new Vue(this, vue.getViewName(), contenu, contenu + "|" + entete));
    }

    /**
     * The view of a page that may be kept, once both keys are known (the view name stays as the controller gave it:
     * tests and logs still see it); any other name goes to Thymeleaf's own resolver.
     */
    @Override
    public View resolveViewName(String nom, Locale langue) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributs
                && attributs.getRequest().getAttribute(ATTRIBUT) instanceof Vue vue && vue.nom().equals(nom)
                ? vue : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Writes the kept page, or renders it with Thymeleaf and keeps it when its content was kept. */
    private void rendre(Vue vue, Map<String, ?> modele, HttpServletRequest requete, HttpServletResponse reponse)
            throws Exception {
        CsrfToken jeton = (CsrfToken) requete.getAttribute(CsrfToken.class.getName());
        PageGardee page = rendus.lirePage(vue.cle());
        if (page != null) {
            page.ecrire(reponse, jeton == null ? null : jeton.getToken());
            return;
        }
        View thymeleaf = resolveur.getObject().resolveViewName(vue.nom(), RequestContextUtils.getLocale(requete));
        ContentCachingResponseWrapper tampon = new ContentCachingResponseWrapper(reponse);
        thymeleaf.render(modele, requete, tampon);
        if (tampon.getStatus() == HttpServletResponse.SC_OK && rendus.lire(vue.cleContenu()) != null) {
            PageGardee rendue = PageGardee.decouper(tampon.getContentAsByteArray(),
                    jeton == null ? null : jeton.getToken());
            if (rendue != null) {
                rendus.garderPage(vue.cle(), rendue);
            }
        }
        tampon.copyBodyToResponse();
    }

    private record Vue(PagesEntieres pages, String nom, String cleContenu, String cle) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> modele, HttpServletRequest requete, HttpServletResponse reponse)
                throws Exception {
            pages.rendre(this, modele, requete, reponse);
        }
    }
}
