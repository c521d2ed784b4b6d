package fr.pacte.controle.web;

import fr.pacte.controle.Constat;
import fr.pacte.controle.ControleService;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Contrôles page of a convention: every finding of its stored data for one exercice, errors first. */
@Controller
class ControlesController {

    private final ConventionService conventions;
    private final ControleService controles;

    ControlesController(ConventionService conventions, ControleService controles) {
        this.conventions = conventions;
        this.controles = controles;
    }

    @GetMapping("/conventions/{id}/controles")
    String controles(@PathVariable Long id, @RequestParam(required = false) Integer annee, SelecteurVersion selecteur,
            Model model) {
        ConventionLue convention = conventions.lire(id, selecteur);
        int exercice = convention.exercice(annee);
        List<Constat> constats = controles.constats(convention, exercice);
        List<ConstatsParGravite.FicheLiee> fiches = convention.fiches().stream()
                .map(f -> new ConstatsParGravite.FicheLiee(f.id(), f.numero(), f.intitule())).toList();
        model.addAttribute("convention", convention);
        model.addAttribute("exercices", convention.exercices());
        model.addAttribute("annee", exercice);
        model.addAttribute("groupes", ConstatsParGravite.grouper(constats, fiches));
        model.addAttribute("erreurs", constats.stream().filter(c -> c.gravite() == Gravite.ERREUR).count());
        model.addAttribute("avertissements", constats.stream().filter(c -> c.gravite() == Gravite.AVERTISSEMENT).count());
        model.addAttribute("informations", constats.stream().filter(c -> c.gravite() == Gravite.INFO).count());
        return "controle/controles";
    }
}
