package fr.pacte.importation.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.importation.ImportTableauService;
import fr.pacte.importation.ImporterTableau;
import fr.pacte.importation.TableauIllisibleException;
import fr.pacte.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * checked file waits in the session with the versions of the fiches it was checked against, so that what is saved is
 * exactly what was checked; the confirmation token is used once (a double click imports once).
 */
@Controller
@RequestMapping("/conventions/{id}/tableau-financier/import")
class ImportTableauController {

    private static final String VUE = "importation/import-tableau";
    private static final String EN_ATTENTE = "pacte.importTableau";
    private static final String FICHES_EN_ATTENTE = "pacte.importTableau.fiches";

    private final ConventionService conventions;
    private final ImporterTableau importer;
    private final Formats fmt;

    ImportTableauController(ConventionService conventions, ImporterTableau importer, Formats fmt) {
        this.conventions = conventions;
        this.importer = importer;
        this.fmt = fmt;
    }

    /** A checked file without ERREUR, waiting for "Enregistrer". */
    record FichierEnAttente(String jeton, Long conventionId, ImportForm form, String nom, byte[] contenu,
            Map<Long, Long> versionsFiches) implements Serializable {
    }

    @ModelAttribute("convention")
    ConventionLue convention(@PathVariable Long id) {
        ConventionLue convention = conventions.lireVersionDEcriture(id);
        importer.exigerPermission(convention);
        return convention;
    }

    /** An import writes into the version a change goes into: the page offers no other. */
    @ModelAttribute("sansChoixVersion")
    boolean sansChoixVersion() {
        return true;
    }

    @ModelAttribute("exercices")
    List<Integer> exercices(@ModelAttribute("convention") ConventionLue convention) {
        return convention.exercices();
    }

    @GetMapping
    String formulaire(@ModelAttribute("convention") ConventionLue convention,
            @RequestParam(required = false) Integer annee, Model model) {
        model.addAttribute("form", ImportForm.defaut(convention.exercice(annee)));
        return VUE;
    }

    @PostMapping
    String verifier(@PathVariable Long id, @ModelAttribute("form") ImportForm form,
            @RequestParam(name = "fichier", required = false) MultipartFile fichier, HttpSession session, Model model) {
        session.removeAttribute(EN_ATTENTE);
        if (fichier == null || fichier.isEmpty() || form.annee() == null) {
            model.addAttribute("erreur", fichier == null || fichier.isEmpty() ? "import.fichier.obligatoire"
                    : "import.annee.obligatoire");
            return VUE;
        }
        try {
            byte[] contenu = fichier.getBytes();
            ImportTableauService.Analyse analyse = importer.verifier(id, form.annee(), contenu, form.parametres(),
                    false);
            model.addAttribute("resultat", analyse);
            model.addAttribute("nomFichier", fichier.getOriginalFilename());
            FichierEnAttente attente = new FichierEnAttente(UUID.randomUUID().toString(), id, form,
                    fichier.getOriginalFilename(), contenu, new LinkedHashMap<>(analyse.versionsFiches()));
            if (!analyse.bloquant()) {
                session.setAttribute(EN_ATTENTE, attente);
                model.addAttribute("jeton", attente.jeton());
            } else {
                proposerLesFiches(id, analyse, attente, session, model);
            }
        } catch (TableauIllisibleException | IOException e) {
            model.addAttribute("erreurTexte", e.getMessage());
        }
        return VUE;
    }

    /**
     * Issue 9: a convention still being drafted may get the fiches the file names and it lacks; the list is shown
     * and nothing is created before the user confirms it.
     */
    private void proposerLesFiches(Long id, ImportTableauService.Analyse analyse, FichierEnAttente attente,
            HttpSession session, Model model) {
        if (analyse.seulementDesFichesAbsentes() && importer.peutCreerFiches(conventions.lireVersionDEcriture(id))) {
            session.setAttribute(FICHES_EN_ATTENTE, attente);
            model.addAttribute("absentes", analyse.absentes());
            model.addAttribute("jetonFiches", attente.jeton());
        }
    }

    @PostMapping("/fiches")
    String creerFiches(@PathVariable Long id, @RequestParam String jeton, HttpSession session, Model model) {
        if (!(session.getAttribute(FICHES_EN_ATTENTE) instanceof FichierEnAttente attente)
                || !attente.jeton().equals(jeton) || !attente.conventionId().equals(id)) {
            model.addAttribute("form", ImportForm.defaut(conventions.lireVersionDEcriture(id).exercice(null)));
            model.addAttribute("erreur", "import.fichier.expire");
            return VUE;
        }
        session.removeAttribute(FICHES_EN_ATTENTE);
        List<String> creees = importer.creerFichesAbsentes(id, attente.form().annee(), attente.contenu(),
                attente.form().parametres());
        model.addAttribute("fichesCreees", String.join(", ", creees));
        ImportTableauService.Analyse analyse = importer.verifier(id, attente.form().annee(), attente.contenu(),
                attente.form().parametres(), false);
        model.addAttribute("convention", conventions.lireVersionDEcriture(id));
        model.addAttribute("form", attente.form());
        model.addAttribute("resultat", analyse);
        model.addAttribute("nomFichier", attente.nom());
        FichierEnAttente verifie = new FichierEnAttente(UUID.randomUUID().toString(), id, attente.form(), attente.nom(),
                attente.contenu(), new LinkedHashMap<>(analyse.versionsFiches()));
        if (!analyse.bloquant()) {
            session.setAttribute(EN_ATTENTE, verifie);
            model.addAttribute("jeton", verifie.jeton());
        }
        return VUE;
    }

    @PostMapping("/enregistrer")
    String enregistrer(@PathVariable Long id, @ModelAttribute("convention") ConventionLue convention,
            @RequestParam String jeton, @RequestParam(required = false) String remplacer, HttpSession session,
            Model model, HttpServletResponse reponse, RedirectAttributes redirection) {
        if (!(session.getAttribute(EN_ATTENTE) instanceof FichierEnAttente attente)
                || !attente.jeton().equals(jeton) || !attente.conventionId().equals(id)) {
            model.addAttribute("form", ImportForm.defaut(convention.exercice(null)));
            model.addAttribute("erreur", "import.fichier.expire");
            return VUE;
        }
        boolean remplacerExercice = "exercice".equals(remplacer);
        ImporterTableau.Resultat resultat;
        try {
            resultat = importer.executer(new ImporterTableau.Commande(id, attente.form().annee(), attente.contenu(),
                    attente.nom(), attente.form().parametres(), remplacerExercice, attente.versionsFiches(), jeton));
        } catch (ImporterTableau.JetonDejaUtiliseException e) {
            reponse.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("form", attente.form());
            model.addAttribute("erreur", "import.fichier.dejaEnregistre");
            return VUE;
        } catch (ImporterTableau.ModificationConcurrenteException e) {
            session.removeAttribute(EN_ATTENTE);
            reponse.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("form", attente.form());
            model.addAttribute("erreurTexte", fmt.message("import.modifieEntreTemps", e.fiches().stream()
                    .map(f -> fmt.message("import.ficheChangee", f.numero(), f.modifiePar() == null ? "?" : f.modifiePar(),
                            fmt.dateHeure(f.modifieLe())))
                    .collect(Collectors.joining(" ; "))));
            return VUE;
        } catch (ImporterTableau.ImportRefuseException e) {
            model.addAttribute("form", attente.form());
            model.addAttribute("resultat", e.analyse());
            model.addAttribute("nomFichier", attente.nom());
            return VUE;
        }
        session.removeAttribute(EN_ATTENTE);
        redirection.addFlashAttribute("enregistrement", new Enregistrement(attente.nom(), attente.form().annee(),
                resultat.analyse().verification().lignes(), resultat.lignesModifiees(), resultat.version().numero(),
                convention.signee()));
        redirection.addAttribute("annee", attente.form().annee());
        return "redirect:/conventions/{id}/tableau-financier/import";
    }

    /** What the success message says. */
    record Enregistrement(String nomFichier, int annee, int rangs, int lignes, int version, boolean brouillon)
            implements Serializable {
    }
}
