package fr.pacte.execution.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.execution.BilanFinancierService;
import fr.pacte.execution.ColonneExecution;
import fr.pacte.execution.EnregistrerExecution;
import fr.pacte.execution.ExecutionRefuseeException;
import fr.pacte.execution.GrilleExecution;
import fr.pacte.shared.web.Flash;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The execution screen of an exercice: "Prévu / Exécuté" per fiche and axe, the bilan and its findings. */
@Controller
class ExecutionController {

    private final ConventionService conventions;
    private final GrilleExecution grille;
    private final BilanFinancierService bilans;
    private final EnregistrerExecution enregistrer;

    ExecutionController(ConventionService conventions, GrilleExecution grille, BilanFinancierService bilans,
            EnregistrerExecution enregistrer) {
        this.conventions = conventions;
        this.grille = grille;
        this.bilans = bilans;
        this.enregistrer = enregistrer;
    }

    @GetMapping("/conventions/{id}/execution")
    String page(@PathVariable Long id, @RequestParam(required = false) Integer exercice, Model model) {
        ConventionLue convention = conventions.lire(id);
        int n = convention.exercice(exercice);
        remplir(model, convention, n, null, List.of());
        return "execution/execution";
    }

    @PostMapping("/conventions/{id}/execution/{exercice}")
    String enregistrer(@PathVariable Long id, @PathVariable int exercice, @RequestParam Map<String, String> saisie,
            Model model, RedirectAttributes redirection) {
        ConventionLue convention = conventions.lire(id);
        GrilleExecutionForm form = GrilleExecutionForm.lire(saisie);
        if (!form.erreurs().isEmpty()) {
            remplir(model, convention, exercice, form, form.erreurs());
            return "execution/execution";
        }
        try {
            EnregistrerExecution.Resultat r = enregistrer.enregistrerGrille(id, exercice, form.rangs());
            Flash.succes(redirection, "execution.enregistree", String.valueOf(exercice), r.ajoutees(),
                    r.modifiees(), r.supprimees());
        } catch (ExecutionRefuseeException e) {
            remplir(model, convention, exercice, form, e.constats().stream().map(c -> c.message()).toList());
            return "execution/execution";
        }
        return "redirect:/conventions/" + id + "/execution?exercice=" + exercice;
    }

    @PostMapping("/conventions/{id}/execution/{exercice}/justifications/{ficheId}")
    String justifier(@PathVariable Long id, @PathVariable int exercice, @PathVariable Long ficheId,
            @RequestParam(required = false) String texte, RedirectAttributes redirection) {
        enregistrer.justifier(id, ficheId, exercice, texte);
        Flash.succes(redirection, "execution.justification.enregistree", String.valueOf(exercice));
        return "redirect:/conventions/" + id + "/execution?exercice=" + exercice;
    }

    private void remplir(Model model, ConventionLue convention, int exercice, GrilleExecutionForm saisie,
            List<String> erreurs) {
        model.addAttribute("convention", convention);
        model.addAttribute("sansChoixVersion", true);
        model.addAttribute("exercices", convention.exercices());
        model.addAttribute("exercice", exercice);
        model.addAttribute("colonnes", ColonneExecution.values());
        model.addAttribute("rangs", grille.rangs(convention.id(), exercice));
        model.addAttribute("saisie", saisie);
        model.addAttribute("erreursSaisie", erreurs);
        model.addAttribute("bilan", bilans.bilan(convention.id(), exercice));
        model.addAttribute("peutSaisir", enregistrer.permis(convention));
        Map<String, Long> fiches = new java.util.HashMap<>();
        convention.fiches().forEach(f -> fiches.put(f.numero(), f.id()));
        model.addAttribute("fichesParNumero", fiches);
    }
}
