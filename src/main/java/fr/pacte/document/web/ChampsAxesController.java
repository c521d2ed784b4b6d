package fr.pacte.document.web;

import fr.pacte.convention.Champ;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.CreationConvention;
import fr.pacte.convention.TypeAxe;
import fr.pacte.convention.TypeVersement;
import fr.pacte.document.DocumentConvention;
import fr.pacte.document.ModifierStructure;
import fr.pacte.document.ValidationDocument;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.List;
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
 * The champs of a convention in ELABORATION (period, start of exercice, programme, parity and payment rules) and the
 * axe tree of each: added, changed, moved or removed at once (use case {@link ModifierStructure}); a rejected form
 * comes back with what was typed.
 */
@Controller
@RequestMapping("/conventions/{id}")
class ChampsAxesController {

    private final ModifierStructure modifier;
    private final PageStructure page;

    ChampsAxesController(ModifierStructure modifier, PageStructure page) {
        this.modifier = modifier;
        this.page = page;
    }

    // ---- champs ----

    @PostMapping("/champs")
    String ajouterChamp(@PathVariable Long id, @ModelAttribute("champForm") ChampForm form, BindingResult resultat,
            Model model, RedirectAttributes redirection) {
        verifier(form, resultat);
        if (!resultat.hasErrors()) {
            try {
                modifier.ajouterChamp(id, description(form), regles(form));
                Flash.succes(redirection, "structure.champ.ajoute", form.getCode());
                return "redirect:/conventions/{id}/structure#axes";
            } catch (ModifierStructure.StructureRefuseeException e) {
                resultat.rejectValue("code", "document.invalide", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        model.addAttribute("ouvert", "champ");
        return page.vue(id, model, form, new AxeForm(), new FicheNouvelleForm());
    }

    @GetMapping("/champs/{champId}")
    String champ(@PathVariable Long id, @PathVariable Long champId, Model model) {
        ConventionLue convention = modifier.lire(id);
        ChampLu champ = convention.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        model.addAttribute("form", ChampForm.de(champ));
        return vueChamp(convention, champ, model);
    }

    @PostMapping("/champs/{champId}")
    String modifierChamp(@PathVariable Long id, @PathVariable Long champId, @ModelAttribute("form") ChampForm form,
            BindingResult resultat, Model model, RedirectAttributes redirection) {
        ConventionLue convention = modifier.lire(id);
        ChampLu champ = convention.champ(champId).orElseThrow(RessourceIntrouvableException::new);
        verifier(form, resultat);
        if (!resultat.hasErrors()) {
            try {
                modifier.modifierChamp(id, champId, description(form), regles(form));
                Flash.succes(redirection, "structure.enregistree");
                return "redirect:/conventions/{id}/structure#champs";
            } catch (ModifierStructure.StructureRefuseeException e) {
                resultat.rejectValue("code", "document.invalide", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return vueChamp(convention, champ, model);
    }

    private String vueChamp(ConventionLue convention, ChampLu champ, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("champ", champ);
        model.addAttribute("sansChoixVersion", true);
        return "document/champ-form";
    }

    @PostMapping("/champs/{champId}/supprimer")
    String supprimerChamp(@PathVariable Long id, @PathVariable Long champId, RedirectAttributes redirection) {
        return StructureController.executer(redirection, () -> modifier.supprimerChamp(id, champId), "structure.champ.supprime", "#champs");
    }

    @PostMapping("/champs/{champId}/deplacer")
    String deplacerChamp(@PathVariable Long id, @PathVariable Long champId, @RequestParam int sens,
            RedirectAttributes redirection) {
        return StructureController.executer(redirection, () -> modifier.deplacerChamp(id, champId, sens), "structure.deplace", "#champs");
    }

    /** The checks of a champ are those of the document (R-DATE-2, R-FIN-5, R-PAY-1), on its fields. */
    private static void verifier(ChampForm form, BindingResult resultat) {
        form.nombresIllisibles().forEach(c -> resultat.rejectValue(c, "nouvelle.nombre"));
        form.versementsIllisibles().forEach(v -> resultat.rejectValue("versement", "document.classeur.versement",
                new Object[] {v}, null));
        DocumentConvention document = new DocumentConvention("-", null, "-", "AUTRE", null, null, null, List.of(),
                null, null, List.of(form.document(List.of())), List.of(), List.of(), List.of(), List.of(), List.of(),
                null);
        List<ValidationDocument.Erreur> erreurs = ValidationDocument.verifier(document).stream()
                .filter(e -> e.chemin().startsWith("champs[0]")).toList();
        ErreursFormulaire.appliquer(erreurs, resultat, form, c -> {
            String champ = c.length() > "champs[0].".length() ? c.substring("champs[0].".length()) : c;
            return champ.startsWith("versement") ? "versement" : champ;
        });
    }

    private static Champ.Description description(ChampForm f) {
        DocumentConvention.Champ c = f.document(List.of());
        return new Champ.Description(c.code(), c.libelle(), LocalDate.parse(c.debut()), LocalDate.parse(c.fin()),
                c.programme(), null, c.debutExercice(), c.seuilSousConsommation(), c.parite().portee(),
                c.parite().base(), c.parite().seuil());
    }

    private static List<CreationConvention.RegleVoulue> regles(ChampForm f) {
        return f.document(List.of()).versement().stream()
                .map(v -> new CreationConvention.RegleVoulue(v.exercice(), TypeVersement.valueOf(v.type()),
                        v.pourcentage(), ConditionVersement.valueOf(v.condition())))
                .toList();
    }

    // ---- axes ----

    @PostMapping("/champs/{champId}/axes")
    String ajouterAxe(@PathVariable Long id, @PathVariable Long champId, @ModelAttribute("axeForm") AxeForm form,
            BindingResult resultat, Model model, RedirectAttributes redirection) {
        verifier(form, resultat);
        if (!resultat.hasErrors()) {
            try {
                modifier.ajouterAxe(id, champId, saisi(form));
                Flash.succes(redirection, "structure.axe.ajoute", form.getNumero());
                return "redirect:/conventions/{id}/structure#axes";
            } catch (ModifierStructure.StructureRefuseeException e) {
                resultat.rejectValue("numero", "document.invalide", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        model.addAttribute("champAxe", champId);
        return page.vue(id, model, new ChampForm(), form, new FicheNouvelleForm());
    }

    @GetMapping("/axes/{axeId}")
    String axe(@PathVariable Long id, @PathVariable Long axeId, Model model) {
        ConventionLue convention = modifier.lire(id);
        AxeLu axe = convention.axe(axeId).orElseThrow(RessourceIntrouvableException::new);
        model.addAttribute("form", AxeForm.de(axe));
        return vueAxe(convention, axe, model);
    }

    @PostMapping("/axes/{axeId}")
    String modifierAxe(@PathVariable Long id, @PathVariable Long axeId, @ModelAttribute("form") AxeForm form,
            BindingResult resultat, Model model, RedirectAttributes redirection) {
        ConventionLue convention = modifier.lire(id);
        AxeLu axe = convention.axe(axeId).orElseThrow(RessourceIntrouvableException::new);
        verifier(form, resultat);
        if (!resultat.hasErrors()) {
            try {
                modifier.modifierAxe(id, axeId, saisi(form));
                Flash.succes(redirection, "structure.enregistree");
                return "redirect:/conventions/{id}/structure#axes";
            } catch (ModifierStructure.StructureRefuseeException e) {
                resultat.rejectValue("numero", "document.invalide", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        return vueAxe(convention, axe, model);
    }

    private String vueAxe(ConventionLue convention, AxeLu axe, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("axe", axe);
        model.addAttribute("champ", convention.champ(axe.champId()).orElseThrow());
        model.addAttribute("typesAxe", TypeAxe.values());
        model.addAttribute("sansChoixVersion", true);
        return "document/axe-form";
    }

    @PostMapping("/axes/{axeId}/supprimer")
    String supprimerAxe(@PathVariable Long id, @PathVariable Long axeId, RedirectAttributes redirection) {
        return StructureController.executer(redirection, () -> modifier.supprimerAxe(id, axeId), "structure.axe.supprime", "#axes");
    }

    @PostMapping("/axes/{axeId}/deplacer")
    String deplacerAxe(@PathVariable Long id, @PathVariable Long axeId, @RequestParam int sens,
            RedirectAttributes redirection) {
        return StructureController.executer(redirection, () -> modifier.deplacerAxe(id, axeId, sens), "structure.deplace", "#axes");
    }

    private static void verifier(AxeForm form, BindingResult resultat) {
        ErreursFormulaire.obligatoire(resultat, "numero", form.getNumero());
        ErreursFormulaire.obligatoire(resultat, "libelle", form.getLibelle());
        if (form.getNumero() != null && form.getNumero().strip().length() > 20) {
            resultat.rejectValue("numero", "document.long", new Object[] {20}, null);
        }
        if (form.getType() == null || java.util.Arrays.stream(TypeAxe.values()).noneMatch(t -> t.name().equals(form.getType()))) {
            resultat.rejectValue("type", "document.obligatoire");
        }
    }

    private static CreationConvention.AxeSaisi saisi(AxeForm f) {
        return new CreationConvention.AxeSaisi(TypeAxe.valueOf(f.getType()), f.getNumero().strip(),
                f.getLibelle().strip(), IdentiteForm.vide(f.getLibelleCourt()), null, null, f.isPariteApplicable(),
                f.getParentId());
    }

}
