package fr.pacte.document.web;

import fr.pacte.document.ClasseurConvention;
import fr.pacte.document.ClasseurIllisibleException;
import fr.pacte.document.ConstatDocument;
import fr.pacte.document.CreerConvention;
import fr.pacte.document.DocumentInvalideException;
import fr.pacte.document.ValidationDocument;
import fr.pacte.shared.web.Flash;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Importer une convention (classeur XLSX)": the template to download, the filled workbook checked (its findings per
 * sheet and row, nothing saved), then "Enregistrer" only when nothing blocks. The checked file waits in the session
 * under a token used once, so that what is saved is what was checked.
 */
@Controller
@RequestMapping("/conventions/import")
class ImportConventionController {

    private static final String VUE = "document/import-convention";
    private static final String EN_ATTENTE = "pacte.importConvention";

    private final CreerConvention creer;

    ImportConventionController(CreerConvention creer) {
        this.creer = creer;
    }

    /** A checked workbook without blocking finding, waiting for "Enregistrer". */
    record ClasseurEnAttente(String jeton, String nom, byte[] contenu) implements Serializable {
    }

    @GetMapping
    String formulaire(Model model) {
        exiger();
        return VUE;
    }

    @PostMapping
    String verifier(@RequestParam(name = "fichier", required = false) MultipartFile fichier, HttpSession session,
            Model model) {
        exiger();
        session.removeAttribute(EN_ATTENTE);
        if (fichier == null || fichier.isEmpty()) {
            model.addAttribute("erreur", "import.fichier.obligatoire");
            return VUE;
        }
        try {
            byte[] contenu = fichier.getBytes();
            ClasseurConvention.Lu lu = ClasseurConvention.lire(contenu);
            List<ConstatDocument> constats = new ArrayList<>(lu.constats());
            if (!lu.bloquant()) {
                creer.verifier(lu.document()).forEach(e -> constats.add(ConstatDocument.invalide(e, lu.places())));
            }
            model.addAttribute("constats", constats);
            model.addAttribute("document", lu.document());
            model.addAttribute("nomFichier", fichier.getOriginalFilename());
            boolean bloquant = constats.stream().anyMatch(ConstatDocument::bloquant);
            model.addAttribute("bloquants", constats.stream().filter(ConstatDocument::bloquant).count());
            if (!bloquant) {
                ClasseurEnAttente attente = new ClasseurEnAttente(UUID.randomUUID().toString(),
                        fichier.getOriginalFilename(), contenu);
                session.setAttribute(EN_ATTENTE, attente);
                model.addAttribute("jeton", attente.jeton());
            }
        } catch (ClasseurIllisibleException | IOException e) {
            model.addAttribute("erreurTexte", e.getMessage());
        }
        return VUE;
    }

    @PostMapping("/enregistrer")
    String enregistrer(@RequestParam String jeton, HttpSession session, Model model, RedirectAttributes redirection) {
        exiger();
        if (!(session.getAttribute(EN_ATTENTE) instanceof ClasseurEnAttente attente) || !attente.jeton().equals(jeton)) {
            model.addAttribute("erreur", "import.fichier.expire");
            return VUE;
        }
        session.removeAttribute(EN_ATTENTE);
        ClasseurConvention.Lu lu = ClasseurConvention.lire(attente.contenu());
        try {
            CreerConvention.Resultat r = creer.executer(lu.document(), "xlsx");
            long avertissements = r.constats().size();
            Flash.succes(redirection, "importConvention.enregistree", lu.document().numero(), attente.nom(),
                    avertissements);
            return "redirect:/conventions/" + r.id();
        } catch (DocumentInvalideException e) {
            List<ConstatDocument> constats = new ArrayList<>();
            for (ValidationDocument.Erreur x : e.erreurs()) {
                constats.add(ConstatDocument.invalide(x, lu.places()));
            }
            model.addAttribute("constats", constats);
            model.addAttribute("bloquants", constats.size());
            model.addAttribute("nomFichier", attente.nom());
            return VUE;
        }
    }

    private void exiger() {
        if (!creer.permis()) {
            throw new AccessDeniedException("Import réservé aux agents du Département");
        }
    }
}
