package fr.pacte.audit.web;

import fr.pacte.audit.JournalAudit;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journal's pages (R-SEC-10): a convention's entries and a fiche's, filtered by person, date and kind of object;
 * and the verification of the hash chain, which names the first broken entry.
 */
@Controller
class JournalController {

    private static final List<String> OBJETS = List.of("FICHE", "LIGNE", "MONTANT", "REPORT", "AVENANT",
            "VALEUR_INDICATEUR");

    private final JournalAudit journal;
    private final ConventionService conventions;

    JournalController(JournalAudit journal, ConventionService conventions) {
        this.journal = journal;
        this.conventions = conventions;
    }

    @GetMapping("/conventions/{conventionId}/journal")
    String convention(@PathVariable Long conventionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depuis,
            @RequestParam(required = false) String utilisateur, @RequestParam(required = false) String objet,
            Model model) {
        return page(conventionId, null, depuis, utilisateur, objet, model);
    }

    @GetMapping("/conventions/{conventionId}/fiches-actions/{ficheId}/journal")
    String fiche(@PathVariable Long conventionId, @PathVariable Long ficheId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depuis,
            @RequestParam(required = false) String utilisateur, @RequestParam(required = false) String objet,
            Model model) {
        return page(conventionId, ficheId, depuis, utilisateur, objet, model);
    }

    private String page(Long conventionId, Long ficheId, LocalDate depuis, String utilisateur, String objet,
            Model model) {
        ConventionLue convention = conventions.lire(conventionId);
        if (ficheId != null) {
            model.addAttribute("fiche", conventions.lireVersionDEcriture(conventionId).fiche(ficheId)
                    .orElseThrow(RessourceIntrouvableException::new));
        }
        model.addAttribute("entrees", journal.entrees(conventionId, new JournalAudit.Filtre(depuis, utilisateur,
                objet, ficheId)));
        model.addAttribute("convention", convention);
        model.addAttribute("sansChoixVersion", true);
        model.addAttribute("utilisateurs", journal.utilisateurs(conventionId));
        model.addAttribute("objets", OBJETS);
        model.addAttribute("depuis", depuis);
        model.addAttribute("utilisateur", utilisateur);
        model.addAttribute("objet", objet);
        return "audit/journal";
    }

    @GetMapping("/journal/verification")
    String verification(Model model) {
        JournalAudit.Verification v = journal.verifier();
        model.addAttribute("verification", v);
        if (!v.valide()) {
            journal.entree(v.premiereEntreeInvalide()).ifPresent(e -> model.addAttribute("entreeInvalide", e));
        }
        return "audit/verification";
    }
}
