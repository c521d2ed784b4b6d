package fr.pacte.convention.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ConventionController {

    private final ConventionService conventions;
    private final fr.pacte.securite.Autorisations autorisations;

    ConventionController(ConventionService conventions, fr.pacte.securite.Autorisations autorisations) {
        this.conventions = conventions;
        this.autorisations = autorisations;
    }

    @GetMapping("/")
    String accueil() {
        return "redirect:/conventions";
    }

    @GetMapping("/conventions")
    String liste(Model model) {
        model.addAttribute("conventions", conventions.conventionsVisibles());
        // R-SEC-13: a Département agent (or the administrator) starts a convention here.
        model.addAttribute("peutCreer", autorisations.role(fr.pacte.securite.Permission.CREER_CONVENTION));
        return "convention/conventions";
    }

    @GetMapping("/conventions/{id}")
    String detail(@PathVariable Long id, SelecteurVersion selecteur, Model model) {
        ConventionLue convention = conventions.lire(id, selecteur);
        model.addAttribute("convention", convention);
        model.addAttribute("peutModifierStructure", convention.enElaboration() && autorisations.peut(
                fr.pacte.securite.Permission.MODIFIER_STRUCTURE, convention.departement().id(),
                convention.departement().region().id()));
        return "convention/convention";
    }
}
