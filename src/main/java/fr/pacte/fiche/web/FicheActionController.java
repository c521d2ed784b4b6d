package fr.pacte.fiche.web;

import fr.pacte.convention.ConventionService;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.StatutFiche;
import fr.pacte.financement.BudgetFiche;
import fr.pacte.financement.ColonneBudget;
import fr.pacte.financement.FinancementService;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.NatureValeur;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Montants;
import fr.pacte.shared.web.Formats;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/conventions/{conventionId}/fiches-actions/{ficheId}")
class FicheActionController {

    private static final String VUE_FORMULAIRE = "fiche/fiche-action-form";

    private final ConventionService conventions;
    private final FinancementService financement;
    private final IndicateurService indicateurs;
    private final PerimetreCourant perimetre;
    private final Formats fmt;

    FicheActionController(ConventionService conventions, FinancementService financement, IndicateurService indicateurs,
            PerimetreCourant perimetre, Formats fmt) {
        this.conventions = conventions;
        this.financement = financement;
        this.indicateurs = indicateurs;
        this.perimetre = perimetre;
        this.fmt = fmt;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.addValidators(new FicheActionFormValidator());
    }

    @ModelAttribute("fiche")
    FicheAction fiche(@PathVariable Long conventionId, @PathVariable Long ficheId) {
        return conventions.fiche(conventionId, ficheId);
    }

    @GetMapping
    String afficher(@PathVariable Long conventionId, @PathVariable Long ficheId, @ModelAttribute("fiche") FicheAction fiche,
            Model model) {
        model.addAttribute("budget", financement.budget(conventionId, ficheId));
        model.addAttribute("indicateurs", indicateurs.indicateursDeLaFiche(conventionId, fiche.getNumero()));
        model.addAttribute("natureCible", NatureValeur.CIBLE);
        model.addAttribute("natureResultat", NatureValeur.RESULTAT);
        model.addAttribute("colonnes", ColonneBudget.values());
        return "fiche/fiche-action";
    }

    @GetMapping("/modifier")
    String initialiserModification(@PathVariable Long conventionId, @PathVariable Long ficheId,
            @ModelAttribute("fiche") FicheAction fiche, Model model) {
        perimetre.exigerEdition();
        model.addAttribute("form", FicheActionForm.de(fiche, financement.budget(conventionId, ficheId), fmt));
        return formulaire(fiche, model);
    }

    @PostMapping("/modifier")
    String modifier(@PathVariable Long conventionId, @PathVariable Long ficheId, @ModelAttribute("fiche") FicheAction fiche,
            @Valid @ModelAttribute("form") FicheActionForm form, BindingResult resultat, Model model,
            RedirectAttributes redirection) {
        perimetre.exigerEdition();
        if (resultat.hasErrors()) {
            return formulaire(fiche, model);
        }
        try {
            financement.modifierFiche(conventionId, ficheId, form.getVersion(), form.description(), form.getAxeIds(),
                    montants(form), justifications(form));
        } catch (ObjectOptimisticLockingFailureException e) {
            resultat.reject("fiche.modifieeEntreTemps");
            return formulaire(fiche, model);
        }
        redirection.addFlashAttribute("succes", "fiche.enregistree");
        return "redirect:/conventions/{conventionId}/fiches-actions/{ficheId}";
    }

    private String formulaire(FicheAction fiche, Model model) {
        model.addAttribute("axesDuChamp", conventions.axesDuChamp(fiche.getChamp().getId()));
        model.addAttribute("statuts", StatutFiche.values());
        return VUE_FORMULAIRE;
    }

    private static List<BudgetFiche.MontantSaisi> montants(FicheActionForm form) {
        List<BudgetFiche.MontantSaisi> montants = new ArrayList<>();
        for (LigneBudgetForm ligne : form.getBudget()) {
            for (Map.Entry<ColonneBudget, String> cellule : ligne.cellules().values()) {
                BigDecimal montant = Montants.parse(cellule.getValue()).orElse(Montants.ZERO);
                montants.add(new BudgetFiche.MontantSaisi(ligne.getAxeId(), ligne.getExercice(), cellule.getKey(), montant));
            }
        }
        return montants;
    }

    private static List<BudgetFiche.JustificationSaisie> justifications(FicheActionForm form) {
        return form.getBudget().stream()
                .map(l -> new BudgetFiche.JustificationSaisie(l.getAxeId(), l.getExercice(), l.getJustification()))
                .toList();
    }
}
