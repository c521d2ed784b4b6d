package fr.pacte.securite.web;

import fr.pacte.securite.AdministrationOrganisations;
import fr.pacte.securite.CompteRefuseException;
import fr.pacte.territoire.Referentiel;
import fr.pacte.territoire.Referentiel.OrganisationVue;
import fr.pacte.territoire.TypeOrganisation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** R-SEC-6: the organisations of each Département and région (list, create), under /administration. */
@Controller
@RequestMapping("/administration/organisations")
class OrganisationsController {

    private static final String VUE = "securite/organisations";

    private final AdministrationOrganisations organisations;
    private final Referentiel referentiel;

    OrganisationsController(AdministrationOrganisations organisations, Referentiel referentiel) {
        this.organisations = organisations;
        this.referentiel = referentiel;
    }

    /** {@code ?territoire=86} (a Département's code) or {@code ?territoire=R75} (a région's) narrows the list. */
    @GetMapping
    String liste(@RequestParam(required = false) String territoire, Model model) {
        model.addAttribute("form", new OrganisationForm());
        return page(territoire, model);
    }

    @PostMapping
    String creer(@ModelAttribute("form") OrganisationForm form, BindingResult erreurs, Model model,
            RedirectAttributes redirection) {
        try {
            OrganisationVue creee = organisations.creer(form.getType(), form.getNom(), form.getDepartementId(),
                    form.getRegionId());
            redirection.addFlashAttribute("succes", creee.nom());
            redirection.addAttribute("territoire", (creee.regionId() != null ? "R" : "") + creee.codeTerritoire());
            return "redirect:/administration/organisations";
        } catch (CompteRefuseException refus) {
            ErreursFormulaire.reporter(refus, erreurs);
            return page(null, model);
        }
    }

    private String page(String territoire, Model model) {
        List<ComptesController.Groupe> groupes = ComptesController.parTerritoire(organisations.organisations());
        model.addAttribute("territoire", territoire);
        model.addAttribute("groupes", territoire == null || territoire.isBlank() ? groupes : groupes.stream()
                .filter(g -> ((g.region() ? "R" : "") + g.code()).equals(territoire)).toList());
        model.addAttribute("tousLesGroupes", groupes);
        model.addAttribute("types", TypeOrganisation.values());
        model.addAttribute("departements", referentiel.departements());
        model.addAttribute("regions", referentiel.regions());
        return VUE;
    }
}
