package fr.pacte.securite.web;

import fr.pacte.securite.UtilisateurConnecte;
import fr.pacte.shared.web.rendu.Gardes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The key under which the layout's menu (its links, « À traiter (n) », who is signed in) is kept ({@code
 * pacte:garder="${gardeEntete}"}, issue 12 point 5): everything it shows — the account, its name and organisation,
 * its role, the count of items waiting. The sign-out form beside it is rendered each time: its CSRF token is masked
 * anew at every request. GET pages of a signed-in user only.
 */
@Configuration
class GardeDeLEntete implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        registre.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest requete, HttpServletResponse reponse, Object handler,
            ModelAndView vue) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (!Gardes.pageLue(requete, vue) || a == null || !(a.getPrincipal() instanceof UtilisateurConnecte u)) {
            return;
        }
        vue.addObject(Gardes.ENTETE, String.join("|", "entete", u.getUsername(), u.getNomAffiche(),
                String.valueOf(u.getOrganisation()), String.valueOf(u.getAuthorities()),
                String.valueOf(vue.getModel().get("aTraiter"))));
    }
}
