package fr.pacte.controle.api;

import fr.pacte.controle.ConstatJson;
import fr.pacte.controle.ControleService;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contrôles d'une convention")
class ControlesApiController {

    static final String CODES = """
            Constats sur les données enregistrées de la convention pour un exercice, erreurs d'abord, chacun au \
            format du contrat tableau-financier (`code`, `gravite`, `ligne` (null ici), `colonne`, `declare`, \
            `calcule`, `ecart`, `message`) avec `fiche` et `axe` quand ils s'appliquent. Codes :
            - `ENVELOPPE` (ERREUR, R-FIN-4) : Σ État d'un axe, d'un volet ou d'un champ ≠ le montant écrit dans les \
            articles, ou montant d'un champ ≠ somme de ses axes ;
            - `PARITE` (AVERTISSEMENT, R-FIN-5) : part du Département sous le seuil du champ (portée ligne ou globale, \
            base État + Département ou coût total, volets exemptés) ;
            - `PART_AXE` (INFO, R-FIN-6) : part d'une fiche multi-axes ≠ la part écrite (« (50 %) ») ;
            - `AXE_NON_ALLOUE` (ERREUR, R-FIN-6) : lignes sur un axe auquel la fiche n'est pas rattachée ;
            - `MONTANT_FICHE` (AVERTISSEMENT, R-FIN-7) : budget écrit dans la fiche ≠ ses lignes ;
            - `ETP` (AVERTISSEMENT, R-FIN-9) : montant d'un poste ≠ ETP × coût × mois / 12 ;
            - `POSTE_PARTAGE` (AVERTISSEMENT, R-FIN-10) : quotes-parts d'un poste partagé > son coût ;
            - `MONTANT_EN_LETTRES` (AVERTISSEMENT, R-FIN-13) : montant en lettres ≠ montant en chiffres.""";

    private final ConventionService conventions;
    private final ControleService controles;

    ControlesApiController(ConventionService conventions, ControleService controles) {
        this.conventions = conventions;
        this.controles = controles;
    }

    @GetMapping("/api/v1/conventions/{id}/controles")
    @Operation(summary = "Constats des contrôles d'une convention pour un exercice", description = CODES)
    ConstatsJson constats(@PathVariable Long id, @RequestParam int annee, SelecteurVersion selecteur) {
        return new ConstatsJson(controles.constats(conventions.lire(id, selecteur), annee).stream()
                .map(ConstatJson::situe).toList());
    }

    record ConstatsJson(List<ConstatJson> constats) {
    }
}
