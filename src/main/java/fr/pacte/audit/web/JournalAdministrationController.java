package fr.pacte.audit.web;

import fr.pacte.audit.JournalAudit;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * R-SEC-6, R-SEC-10: the journal of administration (accounts, organisations, API tokens) for the administrator,
 * newest first, filtered by person, date and kind of object; in the same hash chain as the conventions' journal.
 */
@Controller
class JournalAdministrationController {

    private static final List<String> OBJETS = List.of("COMPTE", "ORGANISATION", "JETON_API");

    private final JournalAudit journal;

    JournalAdministrationController(JournalAudit journal) {
        this.journal = journal;
    }

    @GetMapping("/administration/journal")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depuis,
            @RequestParam(required = false) String utilisateur, @RequestParam(required = false) String objet,
            Model model) {
        model.addAttribute("entrees", journal.entreesAdministration(new JournalAudit.Filtre(depuis, utilisateur,
                objet, null)));
        model.addAttribute("objets", OBJETS);
        model.addAttribute("depuis", depuis);
        model.addAttribute("utilisateur", utilisateur);
        model.addAttribute("objet", objet);
        return "audit/journal-administration";
    }
}
