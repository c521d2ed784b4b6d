package fr.pacte.financement.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.financement.TableauFinancierService;
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
    String tableau(@PathVariable Long id, @RequestParam(required = false) Integer annee, SelecteurVersion selecteur,
            Model model) {
        ConventionLue convention = conventions.lire(id, selecteur);
        model.addAttribute("convention", convention);
        model.addAttribute("exercices", convention.exercices());
        int exercice = convention.exercice(annee);
        model.addAttribute("tableau", tableaux.tableau(convention, exercice));
        model.addAttribute("libelleExercice", convention.libelleExercice(exercice));
        model.addAttribute("libellesExercices", convention.exercices().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e, convention::libelleExercice)));
        model.addAttribute("sansMontant", tableaux.sansMontant(convention));
        model.addAttribute("libelleReport", tableaux.libelleReport(convention, exercice));
        return "financement/tableau-financier";
    }
}
