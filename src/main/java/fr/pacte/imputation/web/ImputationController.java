package fr.pacte.imputation.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.imputation.ImputationEtat;
import fr.pacte.imputation.ImputationService;
import fr.pacte.imputation.ModifierImputations;
import fr.pacte.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Imputations of a convention; the State side editable by FINANCES_ETAT, bank details for finance roles only. */
@Controller
class ImputationController {

    private final ConventionService conventions;
    private final ImputationService imputations;
    private final ModifierImputations modifier;

    ImputationController(ConventionService conventions, ImputationService imputations, ModifierImputations modifier) {
        this.conventions = conventions;
        this.imputations = imputations;
        this.modifier = modifier;
    }

    /** The State imputation form (STYLE.md §3: a form record, never the entity). */
    record ImputationEtatForm(String programme, String centreFinancier, String centreCout, String domaineFonctionnel,
            String activiteCode, String activiteLibelle) {

        ImputationEtat.Champs champs() {
            return new ImputationEtat.Champs(programme, centreFinancier, centreCout, domaineFonctionnel, activiteCode,
                    activiteLibelle);
        }
    }

    @GetMapping("/conventions/{id}/imputations")
    String page(@PathVariable Long id, Model model) {
        ConventionLue convention = conventions.lire(id);
        model.addAttribute("convention", convention);
        model.addAttribute("etat", imputations.imputationsEtat(convention));
        model.addAttribute("engagements", imputations.engagements(convention));
        model.addAttribute("departement", imputations.imputationsDepartement(convention));
        model.addAttribute("compte", imputations.compte(convention).orElse(null));
        model.addAttribute("compteVisible", imputations.compteVisible(convention));
        model.addAttribute("peutModifierEtat", modifier.permisEtat(convention));
        return "imputation/imputations";
    }

    @PostMapping("/conventions/{id}/imputations/etat/{imputationId}")
    String etat(@PathVariable Long id, @PathVariable Long imputationId, @ModelAttribute ImputationEtatForm form,
            RedirectAttributes redirection) {
        modifier.modifierEtat(id, imputationId, form.champs());
        Flash.succes(redirection, "imputation.enregistree");
        return "redirect:/conventions/" + id + "/imputations";
    }

    @PostMapping("/conventions/{id}/imputations/ej")
    String ej(@PathVariable Long id, @RequestParam Long champId, @RequestParam int exercice,
            @RequestParam(required = false) String numero, RedirectAttributes redirection) {
        modifier.engagement(id, champId, exercice, numero);
        Flash.succes(redirection, "imputation.ej.enregistre");
        return "redirect:/conventions/" + id + "/imputations";
    }
}
