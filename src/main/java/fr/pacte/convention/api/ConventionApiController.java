package fr.pacte.convention.api;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.VersionLue;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/conventions")
class ConventionApiController {

    static final String VERSIONS = "Accepte ?version=N, ?enVigueurAu=AAAA-MM-JJ ou ?avenant=N (contracts/avenant.md) ; "
            + "sans option : la version en vigueur aujourd'hui, ou le brouillon d'une convention jamais signée.";

    private final ConventionService conventions;

    ConventionApiController(ConventionService conventions) {
        this.conventions = conventions;
    }

    @GetMapping
    @Operation(summary = "Conventions visibles par l'utilisateur (son Département, sa préfecture ou sa région)")
    List<ConventionResume> liste() {
        return conventions.conventionsVisibles().stream()
                .map(c -> new ConventionResume(c.id(), c.numeroInterne(), c.type().name(), c.intitule(),
                        c.departement().nom()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Une convention : identité, champs, axes et fiches-actions (404 hors du périmètre)",
            description = VERSIONS)
    ConventionDetail detail(@PathVariable Long id, SelecteurVersion selecteur) {
        ConventionLue c = conventions.lire(id, selecteur);
        List<FicheJson> fiches = c.fiches().stream()
                .map(f -> new FicheJson(f.id(), f.numero(), f.intitule(), f.champ().code(),
                        f.axes().stream().map(a -> a.numero()).toList(), f.statut().name()))
                .toList();
        return new ConventionDetail(c.id(), c.numeroInterne(), c.numeroEtat(), c.type().name(), c.intitule(),
                c.departement().nom(), c.dateDebut(), c.dateFin(), c.version().numero(), c.version().statut().name(),
                c.champs().stream().map(ConventionApiController::champ).toList(), fiches);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Versions de la convention : v0 (texte initial) puis une par avenant signé, avec leur "
            + "période de vigueur ; un brouillon éventuel a ses dates à null")
    List<VersionJson> versions(@PathVariable Long id) {
        return conventions.versions(id).stream().map(VersionJson::de).toList();
    }

    private static ChampJson champ(ChampLu champ) {
        return new ChampJson(champ.code(), champ.libelle(), champ.dateDebut(), champ.dateFin(), champ.programme(),
                champ.axes().stream().map(a -> new AxeJson(a.type().name(), a.numero(), a.libelle())).toList());
    }

    record ConventionResume(Long id, String numero, String type, String intitule, String departement) {
    }

    record ConventionDetail(Long id, String numero, String numeroEtat, String type, String intitule,
            String departement, LocalDate debut, LocalDate fin, int version, String statutVersion,
            List<ChampJson> champs, List<FicheJson> fiches) {
    }

    record ChampJson(String code, String libelle, LocalDate debut, LocalDate fin, String programme, List<AxeJson> axes) {
    }

    record AxeJson(String type, String numero, String libelle) {
    }

    record FicheJson(Long id, String numero, String intitule, String champ, List<String> axes, String statut) {
    }

    /** contracts/avenant.md: {@code {"version", "avenant", "enVigueurDu", "enVigueurJusquau"}}, plus its statut. */
    record VersionJson(int version, Integer avenant, LocalDate enVigueurDu, LocalDate enVigueurJusquau, String statut) {

        static VersionJson de(VersionLue v) {
            return new VersionJson(v.numero(), v.avenant(), v.enVigueurDu(), v.enVigueurJusquau(), v.statut().name());
        }
    }
}
