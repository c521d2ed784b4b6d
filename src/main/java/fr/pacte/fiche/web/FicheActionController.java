package fr.pacte.fiche.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.StatutFiche;
import fr.pacte.fiche.ModificationConcurrenteException;
import fr.pacte.fiche.ModifierFiche;
import fr.pacte.financement.BudgetFiche;
import fr.pacte.financement.ColonneBudget;
import fr.pacte.financement.FinancementService;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.NatureValeur;
import fr.pacte.revue.RevueService;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.Formats;
import fr.pacte.shared.web.RessourceIntrouvableException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fiche page (description, budget, indicators, in the version asked for) and the form that changes a fiche in
 * one step (use case {@link ModifierFiche}). The form edits the version a change goes into: the draft of a signed
 * convention (R-SEC-8). A rejected form comes back with what was typed; a stale one with the other person's values.
 */
@Controller
@RequestMapping("/conventions/{conventionId}/fiches-actions/{ficheId}")
class FicheActionController {

    private static final String VUE_FORMULAIRE = "fiche/fiche-action-form";

    private final ConventionService conventions;
    private final FinancementService financement;
    private final IndicateurService indicateurs;
    private final ModifierFiche modifierFiche;
    private final Formats fmt;
    private final RevueService revues;

    FicheActionController(ConventionService conventions, FinancementService financement, IndicateurService indicateurs,
            ModifierFiche modifierFiche, Formats fmt, RevueService revues) {
        this.revues = revues;
        this.conventions = conventions;
        this.financement = financement;
        this.indicateurs = indicateurs;
        this.modifierFiche = modifierFiche;
        this.fmt = fmt;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder, @PathVariable Long conventionId, @PathVariable Long ficheId) {
        binder.setDisallowedFields("id");
        binder.addValidators(new FicheActionFormValidator(ficheAEcrire(conventions.lireVersionDEcriture(conventionId), ficheId)));
    }

    @GetMapping
    String afficher(@PathVariable Long conventionId, @PathVariable Long ficheId, SelecteurVersion selecteur,
            Model model) {
        ConventionLue convention = conventions.lire(conventionId, selecteur);
        FicheLue fiche = convention.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        model.addAttribute("convention", convention);
        model.addAttribute("fiche", fiche);
        model.addAttribute("budget", financement.budget(convention, fiche));
        model.addAttribute("indicateurs", indicateurs.indicateursDeLaFiche(convention, ficheId));
        model.addAttribute("natureCible", NatureValeur.CIBLE);
        model.addAttribute("natureResultat", NatureValeur.RESULTAT);
        // R-WF-4: a fiche submitted, under review or validated shows why it cannot be changed instead of the button.
        java.util.Optional<String> verrou = modifierFiche.permis(convention)
                ? modifierFiche.motifVerrou(conventions.lireVersionDEcriture(conventionId), ficheId)
                : java.util.Optional.empty();
        model.addAttribute("peutModifier", modifierFiche.permis(convention) && verrou.isEmpty());
        model.addAttribute("verrou", verrou.orElse(null));
        model.addAttribute("revue", revues.resume(conventions.lireVersionDEcriture(conventionId), ficheId));
        return "fiche/fiche-action";
    }

    @GetMapping("/modifier")
    String initialiserModification(@PathVariable Long conventionId, @PathVariable Long ficheId, Model model) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        modifierFiche.exigerPermission(convention);
        FicheLue fiche = ficheAEcrire(convention, ficheId);
        modifierFiche.exigerModifiable(convention, ficheId);
        BudgetFiche budget = financement.budget(convention, fiche);
        model.addAttribute("form", FicheActionForm.de(fiche, budget, fmt));
        return formulaire(convention, fiche, model);
    }

    @PostMapping("/modifier")
    String modifier(@PathVariable Long conventionId, @PathVariable Long ficheId,
            @Valid @ModelAttribute("form") FicheActionForm form, BindingResult resultat, Model model,
            HttpServletResponse reponse, RedirectAttributes redirection) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        modifierFiche.exigerPermission(convention);
        FicheLue fiche = ficheAEcrire(convention, ficheId);
        if (resultat.hasErrors()) {
            if (falsifie(resultat)) {
                reponse.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            return formulaire(convention, fiche, model);
        }
        ModifierFiche.Resultat enregistre;
        try {
            enregistre = modifierFiche.executer(form.commande(conventionId, ficheId));
        } catch (ModificationConcurrenteException e) {
            reponse.setStatus(HttpServletResponse.SC_CONFLICT);
            ValeursActuelles actuelles = ValeursActuelles.comparer(form, e.actuelle(), e.budget(), fmt);
            resultat.reject("fiche.modifieeEntreTemps.detail", new Object[] {nonVide(e.actuelle().modifiePar()),
                    fmt.dateHeure(e.actuelle().modifieLe()), actuelles.nombre()}, null);
            form.setVersion(e.actuelle().version());
            model.addAttribute("valeursActuelles", actuelles.parChamp());
            model.addAttribute("valeursActuellesHorsBudget", actuelles.horsBudget());
            return formulaire(e.convention(), e.actuelle(), model);
        } catch (ObjectOptimisticLockingFailureException e) {
            reponse.setStatus(HttpServletResponse.SC_CONFLICT);
            resultat.reject("fiche.modifieeEntreTemps");
            return formulaire(convention, fiche, model);
        }
        Flash.succes(redirection, enregistre.version().brouillon() && convention.signee()
                ? "fiche.enregistree.brouillon" : "fiche.enregistree", enregistre.version().numero());
        if (convention.signee()) {
            redirection.addAttribute("version", enregistre.version().numero());
        }
        return "redirect:/conventions/{conventionId}/fiches-actions/{ficheId}";
    }

    private static FicheLue ficheAEcrire(ConventionLue convention, Long ficheId) {
        return convention.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
    }

    private String formulaire(ConventionLue convention, FicheLue fiche, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("fiche", fiche);
        model.addAttribute("statuts", StatutFiche.values());
        model.addAttribute("colonnesStandard", ColonneBudget.standards());
        model.addAttribute("sansChoixVersion", true); // the form edits the version a change goes into, nothing else
        return VUE_FORMULAIRE;
    }

    private static boolean falsifie(BindingResult resultat) {
        return resultat.getAllErrors().stream().anyMatch(e -> e instanceof FieldError f && f.getCode() != null
                && FicheActionFormValidator.FALSIFICATIONS.contains(f.getCode()));
    }

    private static String nonVide(String texte) {
        return texte == null ? "?" : texte;
    }
}
