package fr.pacte.revue.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.revue.ATraiter;
import fr.pacte.revue.ElementATraiter;
import fr.pacte.revue.RevoirFiche;
import fr.pacte.revue.RevueService;
import fr.pacte.securite.Permission;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The inbox « À traiter » (contracts/avenant.md, {@code GET /api/v1/revues} as a page), oldest first: for a fiche,
 * what changed since the version in force and the reviewer's one-step decision with a comment per line; for the
 * Département, the fiches to correct with the préfecture's comments; for an avenant, its totals before and after and
 * the link to its page.
 */
@Controller
class ATraiterController {

    private final ATraiter aTraiter;
    private final ConventionService conventions;
    private final RevueService revues;
    private final RevoirFiche revoir;

    ATraiterController(ATraiter aTraiter, ConventionService conventions, RevueService revues, RevoirFiche revoir) {
        this.aTraiter = aTraiter;
        this.conventions = conventions;
        this.revues = revues;
        this.revoir = revoir;
    }

    /** One item of the inbox with what the page shows of it (for an avenant, only the element). */
    public record Item(ElementATraiter element, RevueService.RevueLue revue, RevueService.Changements changements,
            DecisionForm form, boolean peutDecider, boolean peutValider) {
    }

    @GetMapping("/a-traiter")
    String aTraiter(Model model) {
        List<Item> elements = new ArrayList<>();
        for (ElementATraiter e : aTraiter.elements()) {
            if (e.estFiche()) {
                ConventionLue c = conventions.lireVersionDEcriture(e.conventionId());
                var fiche = c.fiche(e.ficheId()).orElseThrow();
                RevueService.RevueLue revue = revues.revue(c, fiche);
                elements.add(new Item(e, revue, revues.changements(c, fiche), DecisionForm.de(revue),
                        revoir.peutDecider(c, revue.statut()), revoir.peut(c, Permission.VALIDER_FICHE)));
            } else {
                elements.add(new Item(e, null, null, null, false, false));
            }
        }
        model.addAttribute("elements", elements);
        model.addAttribute("statutsLigne", fr.pacte.revue.StatutLigne.values());
        return "revue/a-traiter";
    }
}
