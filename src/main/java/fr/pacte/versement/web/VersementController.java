package fr.pacte.versement.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.Flash;
import fr.pacte.versement.ChangerStatutVersement;
import fr.pacte.versement.StatutVersement;
import fr.pacte.versement.VersementLu;
import fr.pacte.versement.VersementRefuseException;
import fr.pacte.versement.VersementService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The payment schedule of a convention (DOMAIN.md §7.6) and the moves of FINANCES_ETAT. */
@Controller
class VersementController {

    private final ConventionService conventions;
    private final VersementService versements;
    private final ChangerStatutVersement changer;

    VersementController(ConventionService conventions, VersementService versements, ChangerStatutVersement changer) {
        this.conventions = conventions;
        this.versements = versements;
        this.changer = changer;
    }

    @GetMapping("/conventions/{id}/versements")
    String page(@PathVariable Long id, Model model) {
        ConventionLue convention = conventions.lire(id);
        List<VersementLu> echeancier = versements.echeancier(convention);
        Map<Integer, List<VersementService.Credit>> credits = new LinkedHashMap<>();
        convention.exercices().forEach(n -> credits.put(n, versements.credits(convention, n)));
        model.addAttribute("convention", convention);
        model.addAttribute("versements", echeancier);
        model.addAttribute("credits", credits);
        model.addAttribute("tropPercus", versements.tropPercus(convention));
        model.addAttribute("peutOrdonnancer", changer.permis(convention));
        return "versement/versements";
    }

    @PostMapping("/conventions/{id}/versements/{versementId}/transition")
    String transition(@PathVariable Long id, @PathVariable Long versementId, @RequestParam StatutVersement vers,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
            @RequestParam(required = false) String ej, @RequestParam(required = false) String commentaire,
            RedirectAttributes redirection) {
        try {
            VersementLu v = changer.executer(new ChangerStatutVersement.Commande(id, versementId, vers, date, ej,
                    commentaire));
            Flash.succes(redirection, "versement.enregistre", v.champ() + " " + v.libelleExercice() + " n° "
                    + v.ordre(), Messages.texte("versement.statut." + v.statut().name()));
        } catch (VersementRefuseException e) {
            redirection.addFlashAttribute("refus", e.motifs());
        }
        return "redirect:/conventions/" + id + "/versements";
    }
}
