package fr.pacte.convention.api;

import fr.pacte.convention.Axe;
import fr.pacte.convention.Champ;
import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.FicheAction;
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

    private final ConventionService conventions;

    ConventionApiController(ConventionService conventions) {
        this.conventions = conventions;
    }

    @GetMapping
    @Operation(summary = "Conventions visibles par l'utilisateur (son Département, sa préfecture ou sa région)")
    List<ConventionResume> liste() {
        return conventions.conventionsVisibles().stream().map(ConventionApiController::resume).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Une convention : identité, champs, axes et fiches-actions (404 hors du périmètre)")
    ConventionDetail detail(@PathVariable Long id) {
        Convention c = conventions.convention(id);
        List<FicheJson> fiches = conventions.fiches(id).stream()
                .map(f -> new FicheJson(f.getId(), f.getNumero(), f.getIntitule(), f.getChamp().getCode(),
                        f.getAxes().stream().map(Axe::getNumero).toList(), f.getStatut().name()))
                .toList();
        return new ConventionDetail(c.getId(), c.getNumeroInterne(), c.getNumeroEtat(), c.getType().name(),
                c.getIntitule(), c.getDepartement().getNom(), c.getDateDebut(), c.getDateFin(),
                c.getChamps().stream().map(ConventionApiController::champ).toList(), fiches);
    }

    private static ConventionResume resume(Convention c) {
        return new ConventionResume(c.getId(), c.getNumeroInterne(), c.getType().name(), c.getIntitule(),
                c.getDepartement().getNom());
    }

    private static ChampJson champ(Champ champ) {
        return new ChampJson(champ.getCode(), champ.getLibelle(), champ.getDateDebut(), champ.getDateFin(),
                champ.getProgramme(), champ.getAxes().stream()
                        .map(a -> new AxeJson(a.getType().name(), a.getNumero(), a.getLibelle())).toList());
    }

    record ConventionResume(Long id, String numero, String type, String intitule, String departement) {
    }

    record ConventionDetail(Long id, String numero, String numeroEtat, String type, String intitule,
            String departement, LocalDate debut, LocalDate fin, List<ChampJson> champs, List<FicheJson> fiches) {
    }

    record ChampJson(String code, String libelle, LocalDate debut, LocalDate fin, String programme, List<AxeJson> axes) {
    }

    record AxeJson(String type, String numero, String libelle) {
    }

    record FicheJson(Long id, String numero, String intitule, String champ, List<String> axes, String statut) {
    }
}
