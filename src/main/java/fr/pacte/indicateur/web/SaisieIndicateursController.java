package fr.pacte.indicateur.web;

import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import fr.pacte.indicateur.Grille;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.ResultatSaisie;
import fr.pacte.indicateur.SaisieIndicateurService;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import java.time.Year;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annual entry of the indicators (issue 5): one grid per year with every indicator of every fiche (T0, cible N,
 * résultat N, comment). "Enregistrer le brouillon" saves what was typed; "Soumettre" is refused while a résultat is
 * missing (R-IND-13). A rejected form comes back with what was typed. Only the Département's agents write.
 */
@Controller
@RequestMapping("/conventions/{conventionId}/indicateurs/saisie")
class SaisieIndicateursController {

    private static final String VUE = "indicateur/saisie-annuelle";

    private final ConventionService conventions;
    private final IndicateurService indicateurs;
    private final SaisieIndicateurService saisie;
    private final PerimetreCourant perimetre;

    SaisieIndicateursController(ConventionService conventions, IndicateurService indicateurs,
            SaisieIndicateurService saisie, PerimetreCourant perimetre) {
        this.conventions = conventions;
        this.indicateurs = indicateurs;
        this.saisie = saisie;
        this.perimetre = perimetre;
    }

    @GetMapping
    String afficher(@PathVariable Long conventionId, @RequestParam(required = false) Integer annee, Model model) {
        Convention convention = conventions.convention(conventionId);
        Grille grille = indicateurs.grille(conventionId, annee != null ? annee : anneeParDefaut(convention));
        return page(convention, grille, SaisieAnnuelleForm.de(grille), model);
    }

    @PostMapping
    String enregistrer(@PathVariable Long conventionId, @RequestParam int annee,
            @RequestParam(name = "action", defaultValue = "brouillon") String action,
            @ModelAttribute("form") SaisieAnnuelleForm form, Model model, RedirectAttributes redirection) {
        perimetre.exigerEdition();
        Convention convention = conventions.convention(conventionId);
        Grille grille = indicateurs.grille(conventionId, annee);
        SaisieAnnuelleForm aligne = form.alignerSur(grille);
        boolean soumettre = "soumettre".equals(action);
        ResultatSaisie resultat = saisie.enregistrer(conventionId, annee,
                aligne.getLignes().stream().map(LigneSaisieForm::saisie).toList(), soumettre);
        if (!resultat.accepte()) {
            BindingResult erreurs = new BeanPropertyBindingResult(aligne, "form");
            List<Long> ids = grille.lignes().stream().map(Grille.LigneGrille::id).toList();
            for (ResultatSaisie.ErreurSaisie e : resultat.erreurs()) {
                erreurs.rejectValue(champ(ids, e.lienId(), e.colonne()), e.cle(), new Object[] {e.texte()},
                        Messages.litteral(e.message()));
            }
            for (ResultatSaisie.Bloquant b : resultat.bloquants()) {
                // The finding's message is final French text: passed as a literal, not as a pattern.
                erreurs.rejectValue(champ(ids, b.lienId(), "resultat"), b.constat().code(),
                        Messages.litteral(b.constat().message()));
            }
            if (soumettre && !resultat.bloquants().isEmpty()) {
                erreurs.reject("indicateur.saisie.soumission-refusee",
                        new Object[] {resultat.bloquants().size(), annee}, null);
            }
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", erreurs);
            return page(convention, grille, aligne, model);
        }
        if (soumettre) {
            redirection.addFlashAttribute("soumises", resultat.soumises());
        } else {
            redirection.addFlashAttribute("enregistrees", resultat.modifiees());
        }
        redirection.addAttribute("annee", annee);
        return "redirect:/conventions/{conventionId}/indicateurs/saisie";
    }

    private String page(Convention convention, Grille grille, SaisieAnnuelleForm form, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("grille", grille);
        model.addAttribute("form", form);
        model.addAttribute("peutSaisir", perimetre.get().peutModifierFiches());
        return VUE;
    }

    /** Last year's results are entered early this year (DOMAIN.md §6.2); else the convention's first year. */
    private static int anneeParDefaut(Convention convention) {
        List<Integer> annees = convention.getExercices();
        int precedente = Year.now().getValue() - 1;
        return annees.contains(precedente) ? precedente : annees.isEmpty() ? Year.now().getValue() : annees.get(0);
    }

    private static String champ(List<Long> ids, Long lienId, String colonne) {
        return "lignes[" + ids.indexOf(lienId) + "]." + colonne;
    }
}
