package fr.pacte.convention.web;

import fr.pacte.shared.web.AttributsDesPages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the version switch of the layout needs to show the same page in another version: the page's path and its
 * other query parameters (the exercice, the options), without the version ones.
 */
@Component
class LienVersion implements AttributsDesPages.Source {

    private static final Set<String> PARAMETRES_VERSION = Set.of("version", "enVigueurAu", "avenant");

    @Override
    public void ajouter(HttpServletRequest requete, Model modele) {
        modele.addAttribute("cheminCourant", cheminCourant(requete));
        modele.addAttribute("parametresCourants", parametresCourants(requete));
    }

    private static String cheminCourant(HttpServletRequest requete) {
        return requete.getRequestURI().substring(requete.getContextPath().length());
    }

    private static Map<String, String> parametresCourants(HttpServletRequest requete) {
        Map<String, String> parametres = new LinkedHashMap<>();
        // An error page (or a POST) shows no switch: reading its parameters could even fail (a refused huge post).
        if (!"GET".equals(requete.getMethod()) || requete.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            return parametres;
        }
        requete.getParameterMap().forEach((nom, valeurs) -> {
            if (!PARAMETRES_VERSION.contains(nom) && valeurs.length > 0 && !nom.startsWith("_")) {
                parametres.put(nom, valeurs[0]);
            }
        });
        return parametres;
    }
}
