package fr.pacte.revue.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.revue.RevoirFiche;
import fr.pacte.revue.RevueService;
import fr.pacte.revue.StatutRevue;
import fr.pacte.revue.TransitionFiche;
import fr.pacte.revue.TransitionRefuseeException;
import fr.pacte.securite.Permission;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.RessourceIntrouvableException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * The page « Revue » of a fiche (DOMAIN.md §6.3): its state and history, what changed since the version in force
 * (fields, lines before / after, totals per axe and champ), the comments of each line; the préfecture validates or
 * returns it in one step with a comment per line, the Département answers the contested lines and submits, each only
 * the moves its role may make (use case {@link RevoirFiche}).
 */
@Controller
@RequestMapping("/conventions/{conventionId}/fiches-actions/{ficheId}/revue")
class RevueController {

    static final String VUE = "revue/revue-fiche";

    private final ConventionService conventions;
    private final RevueService revues;
    private final RevoirFiche revoir;

    RevueController(ConventionService conventions, RevueService revues, RevoirFiche revoir) {
        this.conventions = conventions;
        this.revues = revues;
        this.revoir = revoir;
    }

    @GetMapping
    String afficher(@PathVariable Long conventionId, @PathVariable Long ficheId, Model model) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        FicheLue fiche = convention.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        RevueService.RevueLue revue = revues.revue(convention, fiche);
        model.addAttribute("form", DecisionForm.de(revue));
        return page(convention, fiche, revue, model);
    }

    @PostMapping("/decision")
    String decider(@PathVariable Long conventionId, @PathVariable Long ficheId,
            @Valid @ModelAttribute("form") DecisionForm form, BindingResult resultat, Model model,
            HttpServletResponse reponse, RedirectAttributes redirection) {
        ConventionLue convention = conventions.lireVersionDEcriture(conventionId);
        FicheLue fiche = convention.fiche(ficheId).orElseThrow(RessourceIntrouvableException::new);
        RevueService.RevueLue revue = revues.revue(convention, fiche);
        if (!resultat.hasErrors()) {
            try {
                StatutRevue statut = revoir.decider(conventionId, ficheId, form.valider(), form.getCommentaire(),
                        form.decisions(revue));
                Flash.succes(redirection, "revue.decision.enregistree", fiche.numero(),
                        fr.pacte.shared.Messages.texte(statut.cle()));
                return "redirect:/a-traiter";
            } catch (TransitionRefuseeException e) {
                resultat.reject("revue.refus", new Object[] {e.getMessage()}, e.getMessage());
                e.constats().forEach(c -> resultat.reject("revue.refus", new Object[] {c.message()}, c.message()));
                reponse.setStatus(422);
            }
        }
        return page(convention, fiche, revue, model);
    }

    @PostMapping("/transition")
    String passer(@PathVariable Long conventionId, @PathVariable Long ficheId, @RequestParam StatutRevue vers,
            @RequestParam(required = false) String commentaire, RedirectAttributes redirection) {
        try {
            StatutRevue statut = revoir.passer(conventionId, ficheId, vers, commentaire);
            Flash.succes(redirection, "revue.transition.faite", fr.pacte.shared.Messages.texte(statut.cle()));
        } catch (TransitionRefuseeException e) {
            redirection.addFlashAttribute("refus", e.getMessage());
            redirection.addFlashAttribute("refusConstats", e.constats().stream().map(c -> c.message()).toList());
            redirection.addFlashAttribute("commentaireSaisi", commentaire);
        }
        return "redirect:/conventions/{conventionId}/fiches-actions/{ficheId}/revue";
    }

    @PostMapping("/reponses")
    String repondre(@PathVariable Long conventionId, @PathVariable Long ficheId,
            @RequestParam Map<String, String> parametres, RedirectAttributes redirection) {
        int n = 0;
        try {
            for (Map.Entry<String, String> p : parametres.entrySet()) {
                if (p.getKey().startsWith("reponse-") && p.getValue() != null && !p.getValue().isBlank()) {
                    revoir.repondre(conventionId, ficheId, Long.valueOf(p.getKey().substring(8)), p.getValue());
                    n++;
                }
            }
            Flash.succes(redirection, "revue.reponses.enregistrees", n);
        } catch (TransitionRefuseeException | NumberFormatException e) {
            redirection.addFlashAttribute("refus", e.getMessage());
        }
        return "redirect:/conventions/{conventionId}/fiches-actions/{ficheId}/revue";
    }

    private String page(ConventionLue convention, FicheLue fiche, RevueService.RevueLue revue, Model model) {
        model.addAttribute("convention", convention);
        model.addAttribute("fiche", fiche);
        model.addAttribute("revue", revue);
        model.addAttribute("changements", revues.changements(convention, fiche));
        model.addAttribute("sansChoixVersion", true);
        model.addAttribute("statutsLigne", fr.pacte.revue.StatutLigne.values());
        model.addAttribute("peutDecider", revoir.peutDecider(convention, revue.statut()));
        model.addAttribute("peutValider", revoir.peut(convention, Permission.VALIDER_FICHE));
        model.addAttribute("peutRepondre", revue.statut() == StatutRevue.A_CORRIGER
                && revoir.peut(convention, Permission.REPONDRE_REVUE));
        // The moves other than the reviewer's decision that this user may make from here (a button each).
        List<TransitionFiche> mouvements = Arrays.stream(TransitionFiche.values())
                .filter(t -> t.de() == revue.statut() && t != TransitionFiche.OUVRIR && t != TransitionFiche.VALIDER
                        && t != TransitionFiche.RENVOYER)
                .filter(t -> revoir.peut(convention, t.permission()))
                .filter(t -> convention.version().brouillon())
                .toList();
        model.addAttribute("mouvements", mouvements);
        return VUE;
    }
}
