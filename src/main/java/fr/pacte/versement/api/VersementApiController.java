package fr.pacte.versement.api;

import fr.pacte.convention.ConventionService;
import fr.pacte.shared.web.ErreurApi;
import fr.pacte.versement.ChangerStatutVersement;
import fr.pacte.versement.StatutVersement;
import fr.pacte.versement.VersementLu;
import fr.pacte.versement.VersementRefuseException;
import fr.pacte.versement.VersementService;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Credits of an exercice and the versements (contracts/execution-rapport.md § Credits, § Payments). */
@RestController
@RequestMapping("/api/v1/conventions/{id}")
class VersementApiController {

    private final ConventionService conventions;
    private final VersementService versements;
    private final ChangerStatutVersement changer;

    VersementApiController(ConventionService conventions, VersementService versements,
            ChangerStatutVersement changer) {
        this.conventions = conventions;
        this.versements = versements;
        this.changer = changer;
    }

    record CreditJson(String champ, String financeur, BigDecimal nouveaux, BigDecimal reportes,
            BigDecimal disponibles, BigDecimal verses, BigDecimal resteAVerser) {
    }

    record VersementJson(Long id, String champ, int exercice, int ordre, String type, BigDecimal pourcentage,
            BigDecimal montant, String condition, StatutVersement statut, String motif, String ej,
            LocalDate dateOrdonnancement, LocalDate datePaiement) {

        static VersementJson de(VersementLu v) {
            return new VersementJson(v.id(), v.champ(), v.exercice(), v.ordre(), v.type().name(), v.pourcentage(),
                    v.montant(), v.condition().name(), v.statut(), v.motif(), v.ej(), v.dateOrdonnancement(),
                    v.datePaiement());
        }
    }

    record TransitionJson(StatutVersement vers, LocalDate date, String ej, String commentaire) {
    }

    @GetMapping("/credits/{exercice}")
    @Operation(summary = "Crédits d'État d'un exercice par champ : nouveaux (montants conventionnels de la version en "
            + "vigueur), reportés (avenants signés), disponibles, versés, reste à verser")
    List<CreditJson> credits(@PathVariable Long id, @PathVariable int exercice) {
        return versements.credits(conventions.lire(id), exercice).stream()
                .map(c -> new CreditJson(c.champ(), c.financeur().name(), c.nouveaux(), c.reportes(),
                        c.disponibles(), c.verses(), c.resteAVerser())).toList();
    }

    @GetMapping("/versements")
    @Operation(summary = "Échéancier des versements de chaque champ et exercice, statut et motif en français")
    List<VersementJson> versements(@PathVariable Long id) {
        return versements.echeancier(conventions.lire(id)).stream().map(VersementJson::de).toList();
    }

    @PostMapping("/versements/{versementId}/transitions")
    @Operation(summary = "ORDONNANCE, PAYE ou ANNULE, par FINANCES_ETAT de la région ; 422 avec le motif sinon")
    VersementJson transition(@PathVariable Long id, @PathVariable Long versementId, @RequestBody TransitionJson t) {
        if (t == null || t.vers() == null) {
            throw new VersementRefuse();
        }
        return VersementJson.de(changer.executer(new ChangerStatutVersement.Commande(id, versementId, t.vers(),
                t.date(), t.ej(), t.commentaire())));
    }

    static final class VersementRefuse extends fr.pacte.shared.DemandeRefuseeException {
        VersementRefuse() {
            super(fr.pacte.shared.Messages.texte("versement.refus.vers"));
        }

        @Override
        public String code() {
            return "TRANSITION_ABSENTE";
        }
    }

    @ExceptionHandler(VersementRefuseException.class)
    ResponseEntity<ErreurApi> refuse(VersementRefuseException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ErreurApi(e.getMessage(), e.code()));
    }
}
