package fr.pacte.document.web;

import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.CreationConvention;
import fr.pacte.convention.Deliberation;
import fr.pacte.convention.TypeConvention;
import fr.pacte.document.ConflitDocumentException;
import fr.pacte.document.CreerConvention;
import fr.pacte.document.DocumentConvention;
import fr.pacte.document.ModifierStructure;
import fr.pacte.document.ValidationDocument;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.Flash;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Nouvelle convention", step 1: identity, parties and délibération (R-SEC-13: a Département agent for his own
 * Département, an administrator for the Département he chooses). Saved at once as a convention in ELABORATION; the
 * next steps (champs, axes, fiches) are on its structure page. The same form changes the identity later.
 */
@Controller
class NouvelleConventionController {

    private static final String VUE = "document/nouvelle-convention";

    private final CreerConvention creer;
    private final ModifierStructure modifier;
    private final CreationConvention territoires;
    private final PerimetreCourant perimetre;

    NouvelleConventionController(CreerConvention creer, ModifierStructure modifier, CreationConvention territoires,
            PerimetreCourant perimetre) {
        this.creer = creer;
        this.modifier = modifier;
        this.territoires = territoires;
        this.perimetre = perimetre;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/conventions/nouvelle")
    String nouvelle(Model model) {
        exigerCreation();
        model.addAttribute("form", IdentiteForm.vide());
        return vue(model, null);
    }

    @PostMapping("/conventions/nouvelle")
    String creer(@ModelAttribute("form") IdentiteForm form, BindingResult resultat, Model model,
            RedirectAttributes redirection) {
        exigerCreation();
        DocumentConvention document = form.document(departement(form));
        form.getDeliberation().nombresIllisibles().forEach(c -> resultat.rejectValue("deliberation." + c,
                "nouvelle.entier"));
        ErreursFormulaire.appliquer(creer.verifier(document), resultat, form, NouvelleConventionController::champ);
        if (resultat.hasErrors()) {
            form.completer();
            return vue(model, null);
        }
        CreerConvention.Resultat cree = creer.executer(document, "ecran");
        Flash.succes(redirection, "nouvelle.creee", document.numero());
        return "redirect:/conventions/" + cree.id() + "/structure";
    }

    @GetMapping("/conventions/{id}/identite")
    String identite(@PathVariable Long id, Model model) {
        ConventionLue convention = modifier.lire(id);
        model.addAttribute("form", IdentiteForm.de(convention));
        return vue(model, convention);
    }

    @PostMapping("/conventions/{id}/identite")
    String modifierIdentite(@PathVariable Long id, @ModelAttribute("form") IdentiteForm form, BindingResult resultat,
            Model model, RedirectAttributes redirection) {
        ConventionLue convention = modifier.lire(id);
        DocumentConvention document = form.document(convention.departement().code());
        form.getDeliberation().nombresIllisibles().forEach(c -> resultat.rejectValue("deliberation." + c,
                "nouvelle.entier"));
        ErreursFormulaire.appliquer(ValidationDocument.verifier(document), resultat, form,
                NouvelleConventionController::champ);
        if (!resultat.hasErrors()) {
            try {
                Convention.Identite actuelle = territoires.identite(id);
                modifier.identifier(id, new Convention.Identite(document.numero(), document.numeroEtat(),
                                document.intitule(), TypeConvention.valueOf(document.type()), document.aliases(),
                                actuelle.dateDebut(), actuelle.dateFin()),
                        document.parties().stream().map(p -> new CreationConvention.PartieVoulue(p.role(),
                                p.organisme(), p.representant(), p.qualite(), null)).toList(),
                        deliberation(document.deliberation()));
                Flash.succes(redirection, "structure.enregistree");
                return "redirect:/conventions/" + id + "/structure";
            } catch (ConflitDocumentException e) {
                resultat.rejectValue("numero", "document.invalide", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
        form.completer();
        return vue(model, convention);
    }

    private static Deliberation.Saisie deliberation(DocumentConvention.Deliberation d) {
        if (d == null) {
            return null;
        }
        return new Deliberation.Saisie(d.organe(), d.numero(), null, null, LocalDate.parse(d.dateSeance()), null, null,
                null, d.pour(), d.contre(), d.abstentions(), d.presents(), d.representes(), d.nePrennentPasPart(), null,
                null, null, null);
    }

    /** An administrator chooses the Département; a Département agent creates for his own (the document omits it). */
    private String departement(IdentiteForm form) {
        if (perimetre.get().departementId() != null || form.getDepartementId() == null) {
            return null;
        }
        return territoires.departement(form.getDepartementId()).map(CreationConvention.DepartementConnu::code)
                .orElse(null);
    }

    private static String champ(String chemin) {
        return chemin.equals("departement") ? "departementId"
                : chemin.equals("deliberation") ? "deliberation.pour" : chemin;
    }

    private void exigerCreation() {
        if (!creer.permis()) {
            throw new AccessDeniedException("Création de convention réservée aux agents du Département");
        }
    }

    private String vue(Model model, ConventionLue convention) {
        model.addAttribute("convention", convention);
        model.addAttribute("sansChoixVersion", true);
        model.addAttribute("types", List.of(TypeConvention.values()));
        model.addAttribute("administrateur", perimetre.get().departementId() == null);
        model.addAttribute("departements", perimetre.get().departementId() == null ? territoires.departements()
                : territoires.departement(perimetre.get().departementId()).stream().toList());
        return VUE;
    }
}
