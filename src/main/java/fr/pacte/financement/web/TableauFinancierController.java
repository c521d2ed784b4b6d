package fr.pacte.financement.web;

import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import fr.pacte.financement.TableauFinancierService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TableauFinancierController {

    private final ConventionService conventions;
    private final TableauFinancierService tableaux;

    TableauFinancierController(ConventionService conventions, TableauFinancierService tableaux) {
        this.conventions = conventions;
        this.tableaux = tableaux;
    }

    @GetMapping("/conventions/{id}/tableau-financier")
    String tableau(@PathVariable Long id, @RequestParam(required = false) Integer annee, Model model) {
        Convention convention = conventions.convention(id);
        List<Integer> exercices = convention.getExercices();
        int exercice = annee != null ? annee : exercices.isEmpty() ? java.time.Year.now().getValue() : exercices.get(0);
        model.addAttribute("convention", convention);
        model.addAttribute("exercices", exercices);
        model.addAttribute("tableau", tableaux.tableau(id, exercice));
        return "financement/tableau-financier";
    }
}
