package fr.pacte.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model holds besides its own (the header's count, the version switch's link, the journal's
 * links): each feature gives its part as an {@link AttributsDesPages.Source}, all of them added by one
 * {@code @ModelAttribute} method. Spring MVC makes a handler method per advice method at every request, with its
 * annotation lookups: one instead of four is about 6 % of a kept page's CPU (issue 12, point 5).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class AttributsDesPages {

    /** One feature's attributes of every page, added before the handler runs; no exception may escape. */
    public interface Source {
        void ajouter(HttpServletRequest requete, Model modele);
    }

    private final List<Source> sources;

    AttributsDesPages(List<Source> sources) {
        this.sources = sources;
    }

    @ModelAttribute
    void ajouter(HttpServletRequest requete, Model modele) {
        for (Source source : sources) {
            source.ajouter(requete, modele);
        }
    }
}
