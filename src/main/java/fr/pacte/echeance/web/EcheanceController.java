package fr.pacte.echeance.web;

import fr.pacte.echeance.EcheanceService;
import fr.pacte.echeance.StatutEcheance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's "Échéances" page (linked from the header): overdue, within 30 days, later, met. */
@Controller
class EcheanceController {

    private final EcheanceService echeances;
    private final Clock horloge;

    EcheanceController(EcheanceService echeances, Clock horloge) {
        this.echeances = echeances;
        this.horloge = horloge;
    }

    @GetMapping("/echeances")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au,
            Model model) {
        LocalDate date = au == null ? LocalDate.now(horloge) : au;
        List<EcheanceService.EcheanceLue> toutes = echeances.toutes(date);
        Map<StatutEcheance, List<EcheanceService.EcheanceLue>> groupes = new LinkedHashMap<>();
        for (StatutEcheance s : List.of(StatutEcheance.DEPASSEE, StatutEcheance.PROCHE, StatutEcheance.A_VENIR,
                StatutEcheance.TENUE)) {
            groupes.put(s, toutes.stream().filter(e -> e.statut() == s).toList());
        }
        model.addAttribute("au", date);
        model.addAttribute("groupes", groupes);
        return "echeance/echeances";
    }
}
