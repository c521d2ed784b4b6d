package fr.pacte.consolidation.api;

import fr.pacte.consolidation.Chiffres;
import fr.pacte.consolidation.Consolidation;
import fr.pacte.consolidation.ConsolidationService;
import fr.pacte.consolidation.rules.IndicateursComptesRule.SommeIndicateur;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/consolidation?exercice=2024} (M16, R-SEC-4): the consolidation of the user's région (every
 * région for a national reader) as JSON, amounts as numbers with two decimals like the other endpoints; 403
 * {@code ACCES_REFUSE} on a Département's périmètre, 400 without a valid exercice.
 */
@RestController
class ConsolidationApiController {

    private final ConsolidationService consolidation;
    private final Clock horloge;

    ConsolidationApiController(ConsolidationService consolidation, Clock horloge) {
        this.consolidation = consolidation;
        this.horloge = horloge;
    }

    record ChiffresJson(BigDecimal enveloppeEtat, BigDecimal lignesEtat, BigDecimal ecartEnveloppe,
            BigDecimal departement, BigDecimal autres, BigDecimal total, BigDecimal parite,
            BigDecimal partDepartement, BigDecimal prevuExecute, BigDecimal execute, BigDecimal tauxExecution,
            BigDecimal versementsExigibles, BigDecimal versementsOrdonnances, BigDecimal versementsPayes,
            int rapportsDus, int rapportsEnRetard) {

        static ChiffresJson de(Chiffres c) {
            return new ChiffresJson(c.enveloppeEtat(), c.lignesEtat(), c.ecartEnveloppe(), c.departement(),
                    c.autres(), c.total(), c.parite(), c.partDepartement(), c.prevuExecute(), c.execute(),
                    c.tauxExecution(), c.versementsExigibles(), c.versementsOrdonnances(), c.versementsPayes(),
                    c.rapportsDus(), c.rapportsEnRetard());
        }
    }

    record IndicateurJson(String code, String libelle, String unite, BigDecimal cible, BigDecimal resultat,
            int departementsCible, int departementsResultat) {

        static List<IndicateurJson> de(List<SommeIndicateur> sommes) {
            return sommes.stream().map(s -> new IndicateurJson(s.code(), s.libelle(), s.unite(), s.cible(),
                    s.resultat(), s.departementsCible(), s.departementsResultat())).toList();
        }
    }

    record ChampJson(String code, String libelle, BigDecimal enveloppeEtat, BigDecimal lignesEtat) {
    }

    record ConventionJson(Long id, String numero, String intitule, String statut, int version, ChiffresJson chiffres,
            List<ChampJson> champs) {
    }

    record DepartementJson(String code, String nom, List<ConventionJson> conventions, ChiffresJson chiffres,
            List<IndicateurJson> indicateursNationaux) {
    }

    record RegionJson(String code, String nom, int nombreConventions, List<DepartementJson> departements,
            ChiffresJson chiffres, List<IndicateurJson> indicateursNationaux) {
    }

    record ConsolidationJson(int exercice, LocalDate au, boolean nationale, int nombreConventions,
            List<RegionJson> regions, ChiffresJson chiffres, List<IndicateurJson> indicateursNationaux) {

        static ConsolidationJson de(Consolidation c) {
            return new ConsolidationJson(c.exercice(), c.au(), c.nationale(), c.nombreConventions(),
                    c.regions().stream().map(r -> new RegionJson(r.code(), r.nom(), r.nombreConventions(),
                            r.departements().stream().map(d -> new DepartementJson(d.code(), d.nom(),
                                    d.conventions().stream().map(v -> new ConventionJson(v.id(), v.numero(),
                                            v.intitule(), v.statut(), v.version(), ChiffresJson.de(v.chiffres()),
                                            v.champs().stream().map(ch -> new ChampJson(ch.code(), ch.libelle(),
                                                    ch.enveloppeEtat(), ch.lignesEtat())).toList())).toList(),
                                    ChiffresJson.de(d.total()), IndicateurJson.de(d.indicateurs()))).toList(),
                            ChiffresJson.de(r.total()), IndicateurJson.de(r.indicateurs()))).toList(),
                    ChiffresJson.de(c.total()), IndicateurJson.de(c.indicateurs()));
        }
    }

    @GetMapping("/api/v1/consolidation")
    @Operation(summary = "Consolidation régionale d'un exercice (M16) : une ligne par Département du périmètre, "
            + "enveloppe État contre lignes, part et parité du Département, taux d'exécution, versements, rapports, "
            + "indicateurs nationaux de comptage ; totaux par région et national")
    ConsolidationJson consolidation(@RequestParam int exercice,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {
        return ConsolidationJson.de(consolidation.consolider(exercice, au == null ? LocalDate.now(horloge) : au));
    }
}
