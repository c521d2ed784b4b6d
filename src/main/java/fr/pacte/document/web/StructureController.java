package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.FicheAction;
import fr.pacte.convention.StatutFiche;
import fr.pacte.document.ModifierStructure;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.RessourceIntrouvableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Steps 2 to 4 of "Nouvelle convention", and the structure of any convention in ELABORATION: the page and its fiches,
 * each added, moved or removed at once (use case {@link ModifierStructure}; removing a fiche with money says how much
 * and asks first); a fiche's description and budget are then typed in the fiche form. Champs and axes are
 * {@link ChampsAxesController}'s. A rejected form comes back with what was typed.
 */
@Controller
@RequestMapping("/conventions/{id}")
class StructureController {

    private final ModifierStructure modifier;
    private final PageStructure page;

    StructureController(ModifierStructure modifier, PageStructure page) {
        this.modifier = modifier;
        this.page = page;
    }

    @GetMapping("/structure")
    String structure(@PathVariable Long id, Model model) {
        return page.vue(id, model, new ChampForm(), new AxeForm(), new FicheNouvelleForm());
    }

    // ---- fiches ----

    @PostMapping("/fiches")
    String ajouterFiche(@PathVariable Long id, @ModelAttribute("ficheForm") FicheNouvelleForm form,
            BindingResult resultat, Model model, RedirectAttributes redirection) {
        ErreursFormulaire.obligatoire(resultat, "numero", form.getNumero());
        ErreursFormulaire.obligatoire(resultat, "intitule", form.getIntitule());
        ErreursFormulaire.obligatoire(resultat, "description", form.getDescription());
        if (form.getChampId() == null) {
            resultat.rejectValue("champId", "document.obligatoire");
        }
        if (form.getNumero() != null && form.getNumero().strip().length() > 30) {
            resultat.rejectValue("numero", "document.long", new Object[] {30}, null);
        }
        if (form.getCle() != null && form.getCle().strip().length() > 50) {
            resultat.rejectValue("cle", "document.long", new Object[] {50}, null);
        }
        if (form.getAxeIds() == null || form.getAxeIds().isEmpty()) {
            resultat.rejectValue("axeIds", "structure.fiche.sansAxe");
        }
        if (!resultat.hasErrors()) {
            try {
                FicheAction.Description description = new FicheAction.Description(form.getIntitule().strip(), null,
                        null, form.getDescription().strip(), null, null, null, null, null, null, null,
                        form.getStatut() == null ? StatutFiche.NOUVELLE : form.getStatut());
                modifier.ajouterFiche(id, form.getChampId(), form.getCle(), form.getNumero(), description,
                        form.getAxeIds());
                Flash.succes(redirection, "structure.fiche.ajoutee", form.getNumero().strip());
                return "redirect:/conventions/{id}/structure#fiches";
            } catch (ModifierStructure.StructureRefuseeException e) {
                resultat.rejectValue(e.code().equals("structure.fiche.doublon") ? "cle" : "axeIds", "document.invalide",
                        new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        model.addAttribute("ouvert", "fiche");
        return page.vue(id, model, new ChampForm(), new AxeForm(), form);
    }

    @GetMapping("/fiches/{ficheId}/supprimer")
    String confirmerSuppression(@PathVariable Long id, @PathVariable Long ficheId, Model model) {
        ConventionLue convention = modifier.lire(id);
        model.addAttribute("convention", convention);
        model.addAttribute("fiche", convention.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new));
        model.addAttribute("argent", modifier.argentDeLaFiche(id, ficheId));
        model.addAttribute("sansChoixVersion", true);
        return "document/fiche-supprimer";
    }

    @PostMapping("/fiches/{ficheId}/supprimer")
    String supprimerFiche(@PathVariable Long id, @PathVariable Long ficheId,
            @RequestParam(defaultValue = "false") boolean confirme, RedirectAttributes redirection) {
        return executer(redirection, () -> modifier.supprimerFiche(id, ficheId, confirme), "structure.fiche.supprimee",
                "#fiches");
    }

    @PostMapping("/fiches/{ficheId}/identite")
    String identifierFiche(@PathVariable Long id, @PathVariable Long ficheId, @RequestParam String cle,
            @RequestParam String numero, RedirectAttributes redirection) {
        if (numero.isBlank() || numero.strip().length() > 30 || cle.strip().length() > 50) {
            redirection.addFlashAttribute("refus", fr.pacte.shared.Messages.texte("structure.fiche.numeroInvalide"));
            return "redirect:/conventions/{id}/structure#fiches";
        }
        return executer(redirection, () -> modifier.identifierFiche(id, ficheId, cle, numero),
                "structure.enregistree", "#fiches");
    }

    @PostMapping("/fiches/{ficheId}/deplacer")
    String deplacerFiche(@PathVariable Long id, @PathVariable Long ficheId, @RequestParam int sens,
            RedirectAttributes redirection) {
        return executer(redirection, () -> modifier.deplacerFiche(id, ficheId, sens), "structure.deplace", "#fiches");
    }

    /** A move without form: done and said, or refused with its reason (nothing saved). */
    static String executer(RedirectAttributes redirection, Runnable action, String succes, String ancre) {
        try {
            action.run();
            Flash.succes(redirection, succes);
        } catch (ModifierStructure.StructureRefuseeException e) {
            redirection.addFlashAttribute("refus", e.getMessage());
        }
        return "redirect:/conventions/{id}/structure" + ancre;
    }
}
