package fr.pacte.convention.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.rendu.Gardes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The key under which a page of a convention may keep its rendered content ({@code pacte:garder="${garde}"} on its
 * {@code <main>}, issue 12 point 5): the snapshot's revision and version, the page (view, path and query) and the
 * reader's role, since what a page offers depends on the role only once the convention is visible. No key — the page
 * renders as usual — for a snapshot read in a writing transaction, for anything but a GET, or for a page without a
 * convention, or for a page carrying a flash message. A page opts in only when its content shows nothing else: no
 * session value.
 */
@Configuration
class GardeDesPages implements WebMvcConfigurer, HandlerInterceptor {

    private final PerimetreCourant perimetre;

    GardeDesPages(PerimetreCourant perimetre) {
        this.perimetre = perimetre;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        registre.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest requete, HttpServletResponse reponse, Object handler,
            ModelAndView vue) {
        if (!Gardes.pageLue(requete, vue) || !(vue.getModel().get("convention") instanceof ConventionLue convention)
                || !convention.partageable() || avecMessageFlash(requete)) {
            return;
        }
        // The day is in the key: a deadline shown "en retard" tomorrow must not come from today's page.
        vue.addObject(Gardes.CONTENU, String.join("|", convention.cleDeContenu(), vue.getViewName(),
                requete.getRequestURI(), String.valueOf(requete.getQueryString()),
                String.valueOf(perimetre.get().role()), LocalDate.now().toString()));
    }

    /** A page shown right after a save carries its message ("Fiche enregistrée"): it belongs to that one user. */
    private static boolean avecMessageFlash(HttpServletRequest requete) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(requete);
        return flash != null && !flash.isEmpty();
    }
}
