package fr.pacte.rapport.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.rapport.ChangerStatutRapport;
import fr.pacte.rapport.CreerRapport;
import fr.pacte.rapport.EcrireRecits;
import fr.pacte.rapport.FormatRapport;
import fr.pacte.rapport.RapportExecution;
import fr.pacte.rapport.RapportService;
import fr.pacte.rapport.StatutRapport;
import fr.pacte.rapport.TransitionRefuseeException;
import fr.pacte.rapport.TypeRapport;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.Flash;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the rapports d'exécution: list and creation, the report, its narratives, its steps, its files. */
@Controller
class RapportController {

    private final ConventionService conventions;
    private final RapportService rapports;
    private final CreerRapport creer;
    private final EcrireRecits recits;
    private final ChangerStatutRapport changer;

    RapportController(ConventionService conventions, RapportService rapports, CreerRapport creer,
            EcrireRecits recits, ChangerStatutRapport changer) {
        this.conventions = conventions;
        this.rapports = rapports;
        this.creer = creer;
        this.recits = recits;
        this.changer = changer;
    }

    @GetMapping("/conventions/{id}/rapports")
    String liste(@PathVariable Long id, Model model) {
        ConventionLue convention = conventions.lire(id);
        model.addAttribute("convention", convention);
        model.addAttribute("rapports", rapports.rapports(id));
        model.addAttribute("types", TypeRapport.values());
        model.addAttribute("peutCreer", creer.permis(convention));
        return "rapport/rapports";
    }

    @PostMapping("/conventions/{id}/rapports")
    String creer(@PathVariable Long id, @RequestParam TypeRapport type, @RequestParam String champ,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate debut,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fin,
            RedirectAttributes redirection) {
        try {
            RapportExecution r = creer.executer(new CreerRapport.Commande(id, type, champ, debut, fin));
            Flash.succes(redirection, "rapport.cree", String.valueOf(r.getNumero()));
            return "redirect:/conventions/" + id + "/rapports/" + r.getNumero();
        } catch (TransitionRefuseeException e) {
            redirection.addFlashAttribute("refus", List.of(e.getMessage()));
            return "redirect:/conventions/" + id + "/rapports";
        }
    }

    @GetMapping("/conventions/{id}/rapports/{numero}")
    String rapport(@PathVariable Long id, @PathVariable int numero, Model model) {
        ConventionLue convention = conventions.lire(id);
        RapportService.RapportLu lu = rapports.rapport(id, numero);
        model.addAttribute("convention", convention);
        model.addAttribute("lu", lu);
        model.addAttribute("m", lu.modele());
        model.addAttribute("formats", FormatRapport.values());
        model.addAttribute("peutEcrire", recits.permis(convention) && lu.rapport().getStatut() == StatutRapport.BROUILLON);
        model.addAttribute("peutPreparer", changer.peut(convention, StatutRapport.PRET)
                && lu.rapport().getStatut() == StatutRapport.BROUILLON);
        boolean transmettre = changer.peut(convention, StatutRapport.TRANSMIS);
        model.addAttribute("peutDeliberer", transmettre && lu.rapport().getStatut() == StatutRapport.PRET
                && lu.rapport().getType().deliberationRequise());
        model.addAttribute("peutTransmettre", transmettre && (lu.rapport().getStatut() == StatutRapport.DELIBERE
                || (lu.rapport().getStatut() == StatutRapport.PRET && !lu.rapport().getType().deliberationRequise())));
        return "rapport/rapport";
    }

    @GetMapping("/conventions/{id}/rapports/{numero}/recits")
    String formulaireRecits(@PathVariable Long id, @PathVariable int numero, Model model) {
        ConventionLue convention = conventions.lire(id);
        RapportService.RapportLu lu = rapports.rapport(id, numero);
        model.addAttribute("convention", convention);
        model.addAttribute("sansChoixVersion", true);
        model.addAttribute("lu", lu);
        model.addAttribute("m", lu.modele());
        return "rapport/rapport-recits";
    }

    @PostMapping("/conventions/{id}/rapports/{numero}/recits")
    String ecrireRecits(@PathVariable Long id, @PathVariable int numero, @RequestParam Map<String, String> saisie,
            RedirectAttributes redirection) {
        List<EcrireRecits.Recit> textes = new ArrayList<>();
        saisie.forEach((cle, valeur) -> {
            if (cle.startsWith("recit_")) {
                textes.add(new EcrireRecits.Recit(cle.substring("recit_".length()), valeur));
            }
        });
        try {
            recits.executer(id, numero, saisie.get("synthese"), textes);
            Flash.succes(redirection, "rapport.recits.enregistres");
        } catch (TransitionRefuseeException e) {
            redirection.addFlashAttribute("refus", List.of(e.getMessage()));
        }
        return "redirect:/conventions/" + id + "/rapports/" + numero;
    }

    @PostMapping("/conventions/{id}/rapports/{numero}/transition")
    String transition(@PathVariable Long id, @PathVariable int numero, @RequestParam StatutRapport vers,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String organe,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateSeance,
            @RequestParam(required = false) String numeroDeliberation,
            @RequestParam(required = false) List<String> destinataires, RedirectAttributes redirection) {
        try {
            RapportExecution r = changer.executer(new ChangerStatutRapport.Commande(id, numero, vers, date,
                    organe == null ? null : new ChangerStatutRapport.Deliberation(organe, dateSeance,
                            numeroDeliberation), destinataires, null));
            Flash.succes(redirection, "rapport.transition.enregistree", String.valueOf(numero),
                    Messages.texte("rapport.statut." + r.getStatut().name()));
        } catch (TransitionRefuseeException e) {
            List<String> refus = new ArrayList<>(List.of(e.getMessage()));
            refus.addAll(e.details());
            redirection.addFlashAttribute("refus", refus);
        }
        return "redirect:/conventions/" + id + "/rapports/" + numero;
    }

    @GetMapping("/conventions/{id}/rapports/{numero}/fichier.{format}")
    ResponseEntity<byte[]> fichier(@PathVariable Long id, @PathVariable int numero, @PathVariable String format) {
        FormatRapport f = FormatRapport.de(format).orElseThrow(RessourceIntrouvableException::new);
        RapportService.Fichier fichier = rapports.fichier(id, numero, f);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(fichier.typeMime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fichier.nom())
                        .build().toString())
                .body(fichier.contenu());
    }
}
