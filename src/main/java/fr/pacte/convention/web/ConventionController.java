package fr.pacte.convention.web;

import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ConventionController {

    private final ConventionService conventions;

    ConventionController(ConventionService conventions) {
        this.conventions = conventions;
    }

    @GetMapping("/")
    String accueil() {
        return "redirect:/conventions";
    }

    @GetMapping("/conventions")
    String liste(Model model) {
        model.addAttribute("conventions", conventions.conventionsVisibles());
        return "convention/conventions";
    }

    @GetMapping("/conventions/{id}")
    String detail(@PathVariable Long id, SelecteurVersion selecteur, Model model) {
        model.addAttribute("convention", conventions.lire(id, selecteur));
        return "convention/convention";
    }
}
