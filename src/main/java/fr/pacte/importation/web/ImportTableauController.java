package fr.pacte.importation.web;

import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import fr.pacte.importation.ImportTableauService;
import fr.pacte.importation.ImportTableauService.ResultatImport;
import fr.pacte.importation.TableauIllisibleException;
import fr.pacte.securite.PerimetreCourant;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Importer un tableau financier": upload and check (nothing saved), then "Enregistrer" when nothing blocks. The
 * checked file waits in the session, so that what is saved is exactly what was checked.
 */
@Controller
@RequestMapping("/conventions/{id}/tableau-financier/import")
class ImportTableauController {

    private static final String VUE = "importation/import-tableau";
    private static final String EN_ATTENTE = "pacte.importTableau";

    private final ConventionService conventions;
    private final ImportTableauService imports;
    private final PerimetreCourant perimetre;

    ImportTableauController(ConventionService conventions, ImportTableauService imports, PerimetreCourant perimetre) {
        this.conventions = conventions;
        this.imports = imports;
        this.perimetre = perimetre;
    }

    /** A checked file without ERREUR, waiting for "Enregistrer". */
    record FichierEnAttente(String jeton, Long conventionId, ImportForm form, String nom, byte[] contenu)
            implements Serializable {
    }

    @ModelAttribute("convention")
    Convention convention(@PathVariable Long id) {
        return conventions.convention(id);
    }

    @ModelAttribute("exercices")
    List<Integer> exercices(@ModelAttribute("convention") Convention convention) {
        return convention.getExercices();
    }

    @GetMapping
    String formulaire(@ModelAttribute("convention") Convention convention,
            @RequestParam(required = false) Integer annee, Model model) {
        perimetre.exigerEdition();
        model.addAttribute("form", ImportForm.defaut(convention.exercice(annee)));
        return VUE;
    }

    @PostMapping
    String verifier(@PathVariable Long id, @ModelAttribute("form") ImportForm form,
            @RequestParam(name = "fichier", required = false) MultipartFile fichier, HttpSession session, Model model) {
        perimetre.exigerEdition();
        session.removeAttribute(EN_ATTENTE);
        if (fichier == null || fichier.isEmpty() || form.annee() == null) {
            model.addAttribute("erreur", fichier == null || fichier.isEmpty() ? "import.fichier.obligatoire"
                    : "import.annee.obligatoire");
            return VUE;
        }
        try {
            byte[] contenu = fichier.getBytes();
            ResultatImport resultat = imports.importer(id, form.annee(), contenu, form.parametres(), false);
            model.addAttribute("resultat", resultat);
            model.addAttribute("nomFichier", fichier.getOriginalFilename());
            if (!resultat.verification().bloquant()) {
                FichierEnAttente attente = new FichierEnAttente(UUID.randomUUID().toString(), id, form,
                        fichier.getOriginalFilename(), contenu);
                session.setAttribute(EN_ATTENTE, attente);
                model.addAttribute("jeton", attente.jeton());
            }
        } catch (TableauIllisibleException | IOException e) {
            model.addAttribute("erreurTexte", e.getMessage());
        }
        return VUE;
    }

    @PostMapping("/enregistrer")
    String enregistrer(@PathVariable Long id, @ModelAttribute("convention") Convention convention,
            @RequestParam String jeton, HttpSession session, Model model, RedirectAttributes redirection) {
        perimetre.exigerEdition();
        if (!(session.getAttribute(EN_ATTENTE) instanceof FichierEnAttente attente)
                || !attente.jeton().equals(jeton) || !attente.conventionId().equals(id)) {
            model.addAttribute("form", ImportForm.defaut(convention.exercice(null)));
            model.addAttribute("erreur", "import.fichier.expire");
            return VUE;
        }
        ResultatImport resultat = imports.importer(id, attente.form().annee(), attente.contenu(),
                attente.form().parametres(), true);
        if (!resultat.enregistre()) {
            model.addAttribute("form", attente.form());
            model.addAttribute("resultat", resultat);
            model.addAttribute("nomFichier", attente.nom());
            return VUE;
        }
        session.removeAttribute(EN_ATTENTE);
        redirection.addFlashAttribute("enregistrement", new Enregistrement(attente.nom(), attente.form().annee(),
                resultat.verification().lignes(), resultat.lignesEnregistrees()));
        redirection.addAttribute("annee", attente.form().annee());
        return "redirect:/conventions/{id}/tableau-financier/import";
    }

    /** What the success message says. */
    record Enregistrement(String nomFichier, int annee, int rangs, int lignes) implements Serializable {
    }
}
