package fr.pacte.echeance.api;

import fr.pacte.convention.ConventionService;
import fr.pacte.echeance.EcheanceService;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deadlines derived from the clauses (contracts/execution-rapport.md § Deadlines). */
@RestController
class EcheanceApiController {

    private final ConventionService conventions;
    private final EcheanceService echeances;
    private final Clock horloge;

    EcheanceApiController(ConventionService conventions, EcheanceService echeances, Clock horloge) {
        this.conventions = conventions;
        this.echeances = echeances;
        this.horloge = horloge;
    }

    record EcheanceJson(String code, String champ, String libelle, LocalDate date, String regle, String statut,
            Long convention, Integer exercice) {

        static EcheanceJson de(EcheanceService.EcheanceLue e) {
            return new EcheanceJson(e.code().name(), e.champ(), e.libelle(), e.date(), e.regle(), e.statut().name(),
                    e.conventionId(), e.exercice());
        }
    }

    @GetMapping("/api/v1/conventions/{id}/echeances")
    @Operation(summary = "Échéances de la convention à la date « au » (aujourd'hui par défaut)")
    List<EcheanceJson> echeances(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {
        return echeances.echeances(conventions.lire(id), au == null ? LocalDate.now(horloge) : au).stream()
                .map(EcheanceJson::de).toList();
    }

    @GetMapping("/api/v1/echeances")
    @Operation(summary = "Échéances de toutes les conventions que l'utilisateur peut lire")
    List<EcheanceJson> toutes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate au) {
        return echeances.toutes(au == null ? LocalDate.now(horloge) : au).stream().map(EcheanceJson::de).toList();
    }
}
