package fr.pacte.territoire.api;

import fr.pacte.territoire.Referentiel;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference territories for scripts and imports (contracts/convention.md): any signed-in user. */
@RestController
@RequestMapping("/api/v1/referentiel")
class ReferentielApiController {

    private final Referentiel referentiel;

    ReferentielApiController(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    record DepartementJson(String code, String nom, String region) {
    }

    /** {@code [{"code": "86", "nom": "Vienne", "region": "Nouvelle-Aquitaine"}, …]} in INSEE order. */
    @GetMapping("/departements")
    List<DepartementJson> departements() {
        return referentiel.departements().stream()
                .map(d -> new DepartementJson(d.code(), d.nom(), d.region()))
                .toList();
    }
}
