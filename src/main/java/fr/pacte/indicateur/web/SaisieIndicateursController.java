package fr.pacte.indicateur.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.indicateur.Grille;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.ResultatSaisie;
import fr.pacte.indicateur.SaisieIndicateurService;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.Flash;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
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
    private static final Pattern CELLULE = Pattern.compile("lignes\\[(\\d+)]\\.(\\w+)");

    private final ConventionService conventions;
    private final IndicateurService indicateurs;
    private final SaisieIndicateurService saisie;

    SaisieIndicateursController(ConventionService conventions, IndicateurService indicateurs,
            SaisieIndicateurService saisie) {
        this.conventions = conventions;
        this.indicateurs = indicateurs;
        this.saisie = saisie;
    }

    @GetMapping
    String afficher(@PathVariable Long conventionId, @RequestParam(required = false) Integer annee, Model model) {
        ConventionLue convention = conventions.lire(conventionId);
        Grille grille = indicateurs.grille(convention, annee != null ? annee : anneeParDefaut(convention));
        return page(convention, grille, SaisieAnnuelleForm.de(grille), model);
    }

    @PostMapping
    String enregistrer(@PathVariable Long conventionId, @RequestParam int annee,
            @RequestParam(name = "action", defaultValue = "brouillon") String action,
            @ModelAttribute("form") SaisieAnnuelleForm form, BindingResult liaison, Model model,
            RedirectAttributes redirection) {
        ConventionLue convention = conventions.lire(conventionId);
        if (!saisie.permis(convention)) {
            throw new org.springframework.security.access.AccessDeniedException("Saisie réservée au Département");
        }
        Grille grille = indicateurs.grille(convention, annee);
        if (liaison.hasErrors()) {
            return refuserLaLiaison(convention, grille, form, liaison, model);
        }
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
            Flash.succes(redirection, "indicateur.saisie.soumise", annee, resultat.soumises());
        } else {
            Flash.succes(redirection, "indicateur.saisie.enregistree", resultat.modifiees());
        }
        redirection.addAttribute("annee", annee);
        return "redirect:/conventions/{conventionId}/indicateurs/saisie";
    }

    /**
     * A cell refused while binding (a NUL character, see shared/web/SaisieTexte): nothing is saved and the grid comes
     * back with every cell as typed, the refused ones marked, in the grid's order.
     */
    private String refuserLaLiaison(ConventionLue convention, Grille grille, SaisieAnnuelleForm form,
            BindingResult liaison, Model model) {
        BeanWrapper saisi = PropertyAccessorFactory.forBeanPropertyAccess(form);
        for (FieldError e : liaison.getFieldErrors()) {
            if (e.isBindingFailure() && saisi.isWritableProperty(e.getField())
                    && saisi.getPropertyType(e.getField()) == String.class) {
                saisi.setPropertyValue(e.getField(), e.getRejectedValue());
            }
        }
        SaisieAnnuelleForm aligne = form.alignerSur(grille);
        BindingResult erreurs = new BeanPropertyBindingResult(aligne, "form");
        List<Long> ids = grille.lignes().stream().map(Grille.LigneGrille::id).toList();
        for (FieldError e : liaison.getFieldErrors()) {
            Matcher cellule = CELLULE.matcher(e.getField());
            int posee = cellule.matches() ? Integer.parseInt(cellule.group(1)) : -1;
            Long lienId = posee >= 0 && posee < form.getLignes().size() ? form.getLignes().get(posee).getId() : null;
            if (lienId != null && ids.contains(lienId)) {
                erreurs.addError(new FieldError("form", champ(ids, lienId, cellule.group(2)), e.getRejectedValue(),
                        true, e.getCodes(), e.getArguments(), e.getDefaultMessage()));
            } else {
                erreurs.addError(new ObjectError("form", e.getCodes(), e.getArguments(), e.getDefaultMessage()));
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", erreurs);
        return page(convention, grille, aligne, model);
    }

    private String page(ConventionLue convention, Grille grille, SaisieAnnuelleForm form, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("grille", grille);
        model.addAttribute("form", form);
        model.addAttribute("peutSaisir", saisie.permis(convention));
        return VUE;
    }

    /** Last year's results are entered early this year (DOMAIN.md §6.2); else the convention's first year. */
    private static int anneeParDefaut(ConventionLue convention) {
        List<Integer> annees = convention.exercices();
        int precedente = Year.now().getValue() - 1;
        return annees.contains(precedente) ? precedente : annees.isEmpty() ? Year.now().getValue() : annees.get(0);
    }

    private static String champ(List<Long> ids, Long lienId, String colonne) {
        return "lignes[" + ids.indexOf(lienId) + "]." + colonne;
    }
}
