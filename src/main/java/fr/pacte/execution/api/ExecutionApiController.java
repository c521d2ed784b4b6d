package fr.pacte.execution.api;

import fr.pacte.controle.ConstatJson;
import fr.pacte.execution.BilanFinancierJson;
import fr.pacte.execution.BilanFinancierService;
import fr.pacte.execution.EnregistrerExecution;
import fr.pacte.execution.ExecutionRefuseeException;
import fr.pacte.shared.Messages;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Executed amounts and the bilan financier (contracts/execution-rapport.md). */
@RestController
@RequestMapping("/api/v1/conventions/{id}")
class ExecutionApiController {

    private final EnregistrerExecution enregistrer;
    private final BilanFinancierService bilans;

    ExecutionApiController(EnregistrerExecution enregistrer, BilanFinancierService bilans) {
        this.enregistrer = enregistrer;
        this.bilans = bilans;
    }

    record LigneJson(String champ, String fiche, String axe, String financeur, String nature, BigDecimal montant,
            LocalDate date, String piece) {
    }

    record ExecutionJson(List<LigneJson> lignes) {
    }

    record ResultatJson(int exercice, boolean enregistre, int lignes, int ajoutees, int modifiees, int supprimees,
            List<ConstatJson> constats) {
    }

    record RefusJson(String erreur, String code, int exercice, boolean enregistre, List<ConstatJson> constats) {
    }

    record JustificationJson(String texte) {
    }

    @PutMapping(path = "/execution/{exercice}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remplace les lignes exécutées d'un exercice (les lignes prévues ne changent jamais) ; 422 et "
            + "rien d'enregistré sur une erreur de structure")
    ResultatJson remplacer(@PathVariable Long id, @PathVariable int exercice, @RequestBody ExecutionJson corps) {
        List<EnregistrerExecution.LigneSaisie> lignes = (corps == null || corps.lignes() == null ? List.<LigneJson>of()
                : corps.lignes()).stream().map(l -> new EnregistrerExecution.LigneSaisie(l.champ(), l.fiche(), l.axe(),
                l.financeur(), l.nature(), l.montant(), l.date(), l.piece())).toList();
        return resultat(enregistrer.remplacer(id, exercice, lignes));
    }

    @PostMapping(path = "/execution/{exercice}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Même chose avec un fichier au format du tableau financier dont les montants sont les exécutés")
    ResultatJson importer(@PathVariable Long id, @PathVariable int exercice, @RequestPart("fichier") MultipartFile fichier)
            throws IOException {
        return resultat(enregistrer.importer(id, exercice, fichier.getBytes(), fichier.getOriginalFilename()));
    }

    @PutMapping("/execution/{exercice}/justifications/{ficheId}")
    @Operation(summary = "Justifie la sous-consommation d'une fiche pour un exercice (R-PAY-7) ; texte vide : retirée")
    ResponseEntity<Void> justifier(@PathVariable Long id, @PathVariable int exercice, @PathVariable Long ficheId,
            @RequestBody JustificationJson corps) {
        enregistrer.justifier(id, ficheId, exercice, corps == null ? null : corps.texte());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/bilan-financier/{exercice}")
    @Operation(summary = "Bilan financier d'un exercice : prévu (version en vigueur le dernier jour de l'exercice), "
            + "exécuté, non consommé et taux par fiche, axe, champ et au total ; constats R-PAY-7 et R-PAY-8")
    BilanFinancierJson bilan(@PathVariable Long id, @PathVariable int exercice) {
        return BilanFinancierJson.de(bilans.bilan(id, exercice), true);
    }

    private static ResultatJson resultat(EnregistrerExecution.Resultat r) {
        return new ResultatJson(r.exercice(), true, r.lignes(), r.ajoutees(), r.modifiees(), r.supprimees(),
                r.constats().stream().map(ConstatJson::situe).toList());
    }

    @ExceptionHandler(ExecutionRefuseeException.class)
    ResponseEntity<RefusJson> refusee(ExecutionRefuseeException e,
            jakarta.servlet.http.HttpServletRequest requete) {
        String chemin = requete.getRequestURI();
        int exercice = Integer.parseInt(chemin.substring(chemin.lastIndexOf('/') + 1));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new RefusJson(
                Messages.texte("execution.refusee"), "EXECUTION_REFUSEE", exercice, false,
                e.constats().stream().map(ConstatJson::situe).toList()));
    }
}
