package fr.pacte.audit.api;

import fr.pacte.audit.EntreeJournal;
import fr.pacte.audit.JournalAudit;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** contracts/avenant.md § Journal: a convention's audit trail and the verification of the hash chain (R-SEC-10). */
@RestController
class JournalApiController {

    private final JournalAudit journal;

    JournalApiController(JournalAudit journal) {
        this.journal = journal;
    }

    record EntreeJson(long id, LocalDateTime horodatage, String utilisateur, String role, String action, String objet,
            Long objetId, String champ, String avant, String apres, String commentaire, String hash,
            String hashPrecedent) {

        static EntreeJson de(EntreeJournal e) {
            return new EntreeJson(e.id(), e.horodatage(), e.utilisateur(), e.role(), e.action(), e.objet(),
                    e.objetId(), e.champ(), e.avant(), e.apres(), e.commentaire(), e.hash(), e.hashPrecedent());
        }
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record VerificationJson(boolean valide, Long entrees, Long premiereEntreeInvalide) {
    }

    @GetMapping("/api/v1/conventions/{id}/journal")
    @Operation(summary = "Le journal de la convention, le plus ancien d'abord : qui, quand, quoi, avant → après, "
            + "commentaire, hash (SHA-256) et hashPrecedent ; filtres depuis=AAAA-MM-JJ, utilisateur=login, objet="
            + "FICHE|LIGNE|MONTANT|REPORT|AVENANT|VALEUR_INDICATEUR ; réservé aux finances, à l'administrateur et à "
            + "la préfecture")
    List<EntreeJson> journal(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depuis,
            @RequestParam(required = false) String utilisateur, @RequestParam(required = false) String objet) {
        return journal.entrees(id, new JournalAudit.Filtre(depuis, utilisateur, objet, null)).stream()
                .map(EntreeJson::de).toList();
    }

    @GetMapping("/api/v1/journal/verification")
    @Operation(summary = "Recalcule la chaîne de hachage : {valide: true, entrees: n} ou {valide: false, "
            + "premiereEntreeInvalide: id}")
    VerificationJson verification() {
        JournalAudit.Verification v = journal.verifier();
        return v.valide() ? new VerificationJson(true, v.entrees(), null)
                : new VerificationJson(false, null, v.premiereEntreeInvalide());
    }
}
