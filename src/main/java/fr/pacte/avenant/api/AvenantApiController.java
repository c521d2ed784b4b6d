package fr.pacte.avenant.api;

import fr.pacte.avenant.AvenantRefuseException;
import fr.pacte.avenant.AvenantService;
import fr.pacte.avenant.ComparaisonAvenant;
import fr.pacte.avenant.ConstatAvenant;
import fr.pacte.avenant.DocumentAvenant;
import fr.pacte.avenant.PreparerAvenant;
import fr.pacte.avenant.Reconduction;
import fr.pacte.avenant.StatutAvenant;
import fr.pacte.avenant.TransitionnerAvenant;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** contracts/avenant.md § Endpoints: the avenants of a convention, their comparison and their transitions. */
@RestController
@RequestMapping("/api/v1/conventions/{id}/avenants")
class AvenantApiController {

    private final PreparerAvenant preparer;
    private final TransitionnerAvenant transitions;
    private final AvenantService avenants;
    private final ComparaisonAvenant comparaison;
    private final Reconduction reconduction;

    AvenantApiController(PreparerAvenant preparer, TransitionnerAvenant transitions, AvenantService avenants,
            ComparaisonAvenant comparaison, Reconduction reconduction) {
        this.preparer = preparer;
        this.transitions = transitions;
        this.avenants = avenants;
        this.comparaison = comparaison;
        this.reconduction = reconduction;
    }

    record ResultatJson(int numero, String statut, List<ConstatAvenant> constats) {

        static ResultatJson de(PreparerAvenant.Resultat r) {
            return new ResultatJson(r.numero(), r.statut().name(), r.constats());
        }
    }

    record ResumeJson(int numero, String objet, String statut, LocalDate dateEntreeVigueur) {
    }

    record StatutJson(String statut) {
    }

    record RefusJson(String erreur, String code, boolean enregistre, List<ConstatAvenant> constats) {
    }

    @PostMapping
    @Operation(summary = "Crée l'avenant (le document de contracts/avenant.md) dans le projet de version de la "
            + "convention : 201 {numero, statut: PROJET, constats} ; avec « deliberation » et « signature », un "
            + "avenant déjà signé, enregistré EN_VIGUEUR ; 409 si le numéro existe, si la convention n'est pas signée "
            + "ou si un autre avenant est en cours ; 422 (rien n'est enregistré) pour une erreur de structure ou un "
            + "report au-delà de la fin du champ")
    ResponseEntity<ResultatJson> creer(@PathVariable Long id, @RequestBody DocumentAvenant document) {
        PreparerAvenant.Resultat r = preparer.creer(id, document);
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + id + "/avenants/" + r.numero()))
                .body(ResultatJson.de(r));
    }

    @PutMapping("/{numero}")
    @Operation(summary = "Remplace le document d'un avenant en PROJET : le projet devient la version d'origine plus "
            + "ce document (409 sinon)")
    ResultatJson remplacer(@PathVariable Long id, @PathVariable int numero, @RequestBody DocumentAvenant document) {
        return ResultatJson.de(preparer.remplacer(id, numero, document));
    }

    @GetMapping
    @Operation(summary = "Les avenants de la convention : numéro, objet, statut, date d'entrée en vigueur")
    List<ResumeJson> liste(@PathVariable Long id) {
        return avenants.liste(id).stream().map(a -> new ResumeJson(a.numero(), a.objet(), a.statut().name(),
                a.dateEntreeVigueur())).toList();
    }

    @GetMapping("/{numero}")
    @Operation(summary = "Le document de l'avenant tel que son projet le contient (à renvoyer par PUT)")
    DocumentAvenant document(@PathVariable Long id, @PathVariable int numero) {
        return avenants.document(id, numero);
    }

    @GetMapping("/reconduction")
    @Operation(summary = "Point de départ d'un avenant annuel : les montants conventionnels et les lignes de "
            + "l'exercice N-1 reconduits sur l'exercice demandé, avec les compléments qui les équilibrent (rien "
            + "n'est enregistré)")
    DocumentAvenant reconduction(@PathVariable Long id, @RequestParam int exercice,
            @RequestParam(required = false) Integer numero) {
        return reconduction.reconduire(id, exercice, numero);
    }

    @GetMapping("/{numero}/comparaison")
    @Operation(summary = "L'avant / après de l'avenant : montants conventionnels, totaux par axe et par champ, "
            + "lignes, fiches, reports et constats (AVENANT_TOTAL R-FIN-22, REPORT_HORS_PERIODE R-PAY-8)")
    ComparaisonJson comparaison(@PathVariable Long id, @PathVariable int numero) {
        return ComparaisonJson.de(comparaison.comparer(id, numero));
    }

    @PostMapping("/{numero}/transitions")
    @Operation(summary = "{vers, commentaire, date, deliberation} : 200 {statut} ; 422 {erreur} en français, rien "
            + "n'est changé, quand une condition manque ; 403 pour un rôle qui ne fait jamais ce mouvement")
    StatutJson transition(@PathVariable Long id, @PathVariable int numero,
            @RequestBody TransitionnerAvenant.Demande demande) {
        StatutAvenant statut = transitions.passer(id, numero, demande);
        return new StatutJson(statut.name());
    }

    @ExceptionHandler(AvenantRefuseException.class)
    ResponseEntity<RefusJson> refus(AvenantRefuseException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new RefusJson(e.getMessage(), e.code(), false, e.constats()));
    }
}
