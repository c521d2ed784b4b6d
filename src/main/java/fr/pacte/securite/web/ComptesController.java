package fr.pacte.securite.web;

import fr.pacte.securite.AdministrationComptes;
import fr.pacte.securite.AdministrationComptes.CompteVue;
import fr.pacte.securite.CompteRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.territoire.Referentiel;
import fr.pacte.territoire.Referentiel.OrganisationVue;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** R-SEC-6 (issue 12 item 2): the administrator's accounts pages under /administration/comptes. */
@Controller
@RequestMapping("/administration")
class ComptesController {

    private static final String LISTE = "securite/comptes";
    private static final String FORMULAIRE = "securite/compte-form";
    private static final String VERS_LISTE = "redirect:/administration/comptes";

    private final AdministrationComptes comptes;
    private final Referentiel referentiel;

    ComptesController(AdministrationComptes comptes, Referentiel referentiel) {
        this.comptes = comptes;
        this.referentiel = referentiel;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String accueil() {
        return VERS_LISTE;
    }

    @GetMapping("/comptes")
    String liste(Model model) {
        model.addAttribute("comptes", comptes.comptes());
        return LISTE;
    }

    @GetMapping("/comptes/nouveau")
    String nouveau(Model model) {
        model.addAttribute("form", new CompteForm());
        return formulaire(null, model);
    }

    @PostMapping("/comptes/nouveau")
    String creer(@Valid @ModelAttribute("form") CompteForm form, BindingResult erreurs, Model model,
            RedirectAttributes redirection) {
        if (!erreurs.hasErrors()) {
            try {
                comptes.creer(form.donnees(), form.motDePasse());
                redirection.addFlashAttribute("succes", "compte.cree");
                redirection.addFlashAttribute("login", form.getLogin());
                return VERS_LISTE;
            } catch (CompteRefuseException refus) {
                ErreursFormulaire.reporter(refus, erreurs);
            }
        }
        return formulaire(null, model);
    }

    @GetMapping("/comptes/{id}/modifier")
    String modification(@PathVariable Long id, Model model) {
        CompteVue compte = comptes.compte(id);
        model.addAttribute("form", CompteForm.depuis(compte));
        return formulaire(compte, model);
    }

    @PostMapping("/comptes/{id}/modifier")
    String modifier(@PathVariable Long id, @Valid @ModelAttribute("form") CompteForm form, BindingResult erreurs,
            Model model, RedirectAttributes redirection) {
        CompteVue compte = comptes.compte(id);
        form.setLogin(compte.login());
        if (!erreurs.hasErrors()) {
            try {
                comptes.modifier(id, form.donnees(), form.motDePasse());
                redirection.addFlashAttribute("succes", "compte.modifie");
                redirection.addFlashAttribute("login", compte.login());
                return VERS_LISTE;
            } catch (CompteRefuseException refus) {
                ErreursFormulaire.reporter(refus, erreurs);
            }
        }
        return formulaire(compte, model);
    }

    @PostMapping("/comptes/{id}/desactiver")
    String desactiver(@PathVariable Long id, RedirectAttributes redirection) {
        return action(id, redirection, "compte.desactive", () -> comptes.desactiver(id));
    }

    @PostMapping("/comptes/{id}/reactiver")
    String reactiver(@PathVariable Long id, RedirectAttributes redirection) {
        return action(id, redirection, "compte.reactive", () -> comptes.reactiver(id));
    }

    @PostMapping("/comptes/{id}/debloquer")
    String debloquer(@PathVariable Long id, RedirectAttributes redirection) {
        return action(id, redirection, "compte.debloque", () -> comptes.debloquer(id));
    }

    private String action(Long id, RedirectAttributes redirection, String message, Runnable action) {
        String login = comptes.compte(id).login();
        try {
            action.run();
            redirection.addFlashAttribute("succes", message);
        } catch (CompteRefuseException refus) {
            redirection.addFlashAttribute("echec", refus.refus().get(0).code());
        }
        redirection.addFlashAttribute("login", login);
        return VERS_LISTE;
    }

    private String formulaire(CompteVue compte, Model model) {
        model.addAttribute("compte", compte);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departements", referentiel.departements());
        model.addAttribute("regions", referentiel.regions());
        model.addAttribute("organisations", parTerritoire(referentiel.organisations()));
        return FORMULAIRE;
    }

    /** The organisations of one Département or one région, for an {@code <optgroup>}. */
    record Groupe(boolean region, String code, String nom, List<OrganisationVue> organisations) {
    }

    /** The organisations grouped by Département, then by région, in INSEE order (as the referentiel gives them). */
    static List<Groupe> parTerritoire(List<OrganisationVue> organisations) {
        Map<String, Groupe> groupes = new LinkedHashMap<>();
        for (OrganisationVue o : organisations) {
            boolean region = o.regionId() != null;
            groupes.computeIfAbsent((region ? "R" : "D") + o.codeTerritoire(),
                    k -> new Groupe(region, o.codeTerritoire(), o.nomTerritoire(), new ArrayList<>()))
                    .organisations().add(o);
        }
        return List.copyOf(groupes.values());
    }
}
