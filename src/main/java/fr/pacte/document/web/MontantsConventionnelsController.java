package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.document.ModifierStructure;
import fr.pacte.financement.EcritureMontants;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.shared.Montants;
import fr.pacte.shared.MontantsEnLettres;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.Formats;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * The montants conventionnels of a convention in ELABORATION, per exercice: the State amount of each champ and axe as
 * the articles write it, with its amount in words checked against the figures (R-FIN-13) before anything is saved.
 */
@Controller
@RequestMapping("/conventions/{id}/montants-conventionnels")
class MontantsConventionnelsController {

    private static final String VUE = "document/montants-conventionnels";

    private final ModifierStructure modifier;
    private final Formats fmt;

    MontantsConventionnelsController(ModifierStructure modifier, Formats fmt) {
        this.modifier = modifier;
        this.fmt = fmt;
    }

    @GetMapping
    String afficher(@PathVariable Long id, @RequestParam(required = false) Integer annee, Model model) {
        ConventionLue convention = modifier.lire(id);
        int exercice = exercice(convention, annee);
        MontantsForm form = new MontantsForm();
        List<MontantConventionnel> existants = modifier.montants(convention);
        for (ChampLu champ : convention.champs()) {
            if (!champ.couvre(exercice)) {
                continue;
            }
            form.getLignes().add(ligne(champ, null, exercice, existants));
            champ.axes().forEach(a -> form.getLignes().add(ligne(champ, a, exercice, existants)));
        }
        model.addAttribute("form", form);
        return vue(convention, exercice, model);
    }

    private MontantsForm.Ligne ligne(ChampLu champ, AxeLu axe, int exercice, List<MontantConventionnel> existants) {
        MontantsForm.Ligne l = new MontantsForm.Ligne();
        l.setChampId(champ.id());
        l.setAxeId(axe == null ? null : axe.id());
        l.setLibelle(axe == null ? champ.code() + " — " + champ.libelle() : champ.code() + " — " + axe.designation());
        Optional<MontantConventionnel> m = existants.stream()
                .filter(x -> x.getExercice() == exercice && x.getFinanceur() == Financeur.ETAT)
                .filter(x -> Objects.equals(x.getChampId(), champ.id()) && Objects.equals(x.getAxeId(),
                        axe == null ? null : axe.id()))
                .findFirst();
        m.ifPresent(x -> {
            l.setMontant(fmt.saisie(x.getMontant()));
            l.setEnLettres(x.getMontantEnLettres());
            l.setArticle(x.getReferenceArticle());
            l.setPrevisionnel("PREVISIONNEL".equals(x.getStatut()));
        });
        return l;
    }

    @PostMapping
    String enregistrer(@PathVariable Long id, @RequestParam int annee, @ModelAttribute("form") MontantsForm form,
            BindingResult resultat, Model model, RedirectAttributes redirection) {
        ConventionLue convention = modifier.lire(id);
        List<EcritureMontants.MontantVoulu> voulus = new ArrayList<>();
        for (int i = 0; i < form.getLignes().size(); i++) {
            MontantsForm.Ligne l = form.getLignes().get(i);
            String champ = "lignes[" + i + "].";
            if (convention.champ(l.getChampId()).isEmpty()
                    || (l.getAxeId() != null && convention.axe(l.getAxeId()).isEmpty())) {
                throw new RessourceIntrouvableException();
            }
            BigDecimal montant;
            try {
                montant = Montants.parse(l.getMontant()).orElse(null);
            } catch (IllegalArgumentException e) {
                resultat.rejectValue(champ + "montant", "montants.invalide", new Object[] {l.getMontant(), l.getLibelle()},
                        null);
                continue;
            }
            String lettres = IdentiteForm.vide(l.getEnLettres());
            if (montant == null) {
                if (lettres != null) {
                    resultat.rejectValue(champ + "montant", "montants.chiffresAbsents", new Object[] {l.getLibelle()}, null);
                }
                continue;
            }
            if (lettres != null) {
                // R-FIN-13: the amount in words says the amount in figures.
                Optional<BigDecimal> lu = MontantsEnLettres.parse(lettres);
                if (lu.isEmpty()) {
                    resultat.rejectValue(champ + "enLettres", "montants.lettresIllisibles", new Object[] {lettres}, null);
                    continue;
                }
                if (lu.get().compareTo(montant) != 0) {
                    resultat.rejectValue(champ + "enLettres", "montants.lettresDifferentes",
                            new Object[] {lettres, Montants.format(lu.get()), Montants.format(montant)}, null);
                    continue;
                }
            }
            voulus.add(new EcritureMontants.MontantVoulu(l.getChampId(), l.getAxeId(), annee, Financeur.ETAT, montant,
                    lettres, IdentiteForm.vide(l.getArticle()), l.isPrevisionnel() ? "PREVISIONNEL" : null));
        }
        if (resultat.hasErrors()) {
            return vue(convention, annee, model);
        }
        modifier.enregistrerMontants(id, annee, voulus);
        Flash.succes(redirection, "montants.enregistres", convention.libelleExercice(annee));
        redirection.addAttribute("annee", annee);
        return "redirect:/conventions/{id}/montants-conventionnels";
    }

    private static int exercice(ConventionLue convention, Integer annee) {
        int exercice = convention.exercice(annee);
        if (annee != null && !convention.exercices().contains(annee)) {
            throw new RessourceIntrouvableException();
        }
        return exercice;
    }

    private String vue(ConventionLue convention, int exercice, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("annee", exercice);
        model.addAttribute("libelleExercice", convention.libelleExercice(exercice));
        model.addAttribute("exercices", convention.exercices());
        model.addAttribute("libellesExercices", convention.exercices().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e, convention::libelleExercice)));
        model.addAttribute("peutModifier", modifier.permis(convention));
        model.addAttribute("sansChoixVersion", true);
        return VUE;
    }
}
