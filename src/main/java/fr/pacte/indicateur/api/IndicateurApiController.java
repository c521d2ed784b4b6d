package fr.pacte.indicateur.api;

import fr.pacte.controle.Constat;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.IndicateurVue;
import fr.pacte.indicateur.NatureValeur;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.ResultatSaisie;
import fr.pacte.indicateur.SaisieIndicateurService;
import fr.pacte.shared.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicators of a convention as JSON. Reads follow the user's périmètre (404 outside); writes are for the
 * Département's agents (403 otherwise) and read values exactly as the annual entry grid does (FX-19).
 */
@RestController
@RequestMapping("/api/v1/conventions/{id}/indicateurs")
class IndicateurApiController {

    private static final String SOUMISSION_REFUSEE = "indicateur.api.soumission-refusee";

    private final ConventionService conventions;
    private final IndicateurService indicateurs;
    private final SaisieIndicateurService saisie;

    IndicateurApiController(ConventionService conventions, IndicateurService indicateurs,
            SaisieIndicateurService saisie) {
        this.conventions = conventions;
        this.indicateurs = indicateurs;
        this.saisie = saisie;
    }

    @GetMapping
    @Operation(summary = "Indicateurs de la convention, par fiche, avec leurs valeurs : T0, CIBLE et RESULTAT par année. "
            + "« texte » est la valeur telle qu'imprimée (« 18 % »), « nombre » sa valeur numérique ou null (18), "
            + "« code » le code spécial ou null (NON_CONNU, NC, ACTION_NOUVELLE…)")
    List<IndicateurJson> liste(@PathVariable Long id, SelecteurVersion selecteur) {
        return indicateurs.indicateurs(conventions.lire(id, selecteur)).stream().map(IndicateurJson::de).toList();
    }

    @GetMapping("/controles")
    @Operation(summary = "Constats des règles R-IND sur les indicateurs (dont INDICATEUR_ANNEXES, R-IND-1)")
    List<Constat> controles(@PathVariable Long id, SelecteurVersion selecteur) {
        return indicateurs.controles(conventions.lire(id, selecteur));
    }

    @PutMapping("/{indicateurId}/valeurs/{annee}/{nature}")
    @Operation(summary = "Écrit une valeur (T0, CIBLE ou RESULTAT d'une année) : exactement un de « texte » (lu comme "
            + "dans la grille : « 52 », « 18 % », « Non connu »…), « code » ou « nombre » ; 400 avec un message en "
            + "français si la valeur est invalide")
    IndicateurJson.ValeurJson ecrire(@PathVariable Long id, @PathVariable Long indicateurId, @PathVariable int annee,
            @Parameter(description = "T0, CIBLE ou RESULTAT") @PathVariable NatureValeur nature,
            @RequestBody ValeurEcrite valeur) {
        return IndicateurJson.ValeurJson.de(saisie.ecrire(id, indicateurId, new Periode(annee, nature),
                new SaisieIndicateurService.Ecriture(valeur.texte(), valeur.code(), valeur.nombre(), valeur.commentaire())));
    }

    @PostMapping("/{indicateurId}/valeurs")
    @Operation(summary = "Même chose que PUT, l'année et la nature dans le corps")
    IndicateurJson.ValeurJson ecrireParPost(@PathVariable Long id, @PathVariable Long indicateurId,
            @RequestBody ValeurEcrite valeur) {
        if (valeur.annee() == null || valeur.nature() == null) {
            throw new fr.pacte.indicateur.SaisieInvalideException("indicateur.api.annee-nature");
        }
        return ecrire(id, indicateurId, valeur.annee(), valeur.nature(), valeur);
    }

    @DeleteMapping("/{indicateurId}/valeurs/{annee}/{nature}")
    @Operation(summary = "Efface une valeur (redevient « non saisie », ce qui n'est pas zéro)")
    ResponseEntity<Void> effacer(@PathVariable Long id, @PathVariable Long indicateurId, @PathVariable int annee,
            @PathVariable NatureValeur nature) {
        saisie.effacer(id, indicateurId, new Periode(annee, nature));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/soumission")
    @Operation(summary = "Soumet les résultats d'une année ; refusé (422) tant qu'un résultat manque (R-IND-13)")
    ResponseEntity<Object> soumettre(@PathVariable Long id, @RequestParam int annee) {
        ResultatSaisie resultat = saisie.enregistrer(id, annee, List.of(), true);
        if (!resultat.accepte()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new RefusJson(
                    Messages.texte(SOUMISSION_REFUSEE), SOUMISSION_REFUSEE,
                    resultat.bloquants().stream().map(ResultatSaisie.Bloquant::constat).toList()));
        }
        return ResponseEntity.ok(new SoumissionJson(annee, resultat.soumises()));
    }

    record ValeurEcrite(Integer annee, NatureValeur nature, String texte, fr.pacte.indicateur.CodeValeur code,
            java.math.BigDecimal nombre, String commentaire) {
    }

    record SoumissionJson(int annee, int soumis) {
    }

    /** The API's error shape {erreur, code} plus the findings that block the submission. */
    record RefusJson(String erreur, String code, List<Constat> constats) {
    }

    /** One indicator of one fiche as the API gives it. */
    record IndicateurJson(Long id, String champ, String axe, String fiche, String libelle, String portee, String type,
            String unite, String sens, String territoire, String exemption, List<ValeurJson> valeurs) {

        static IndicateurJson de(IndicateurVue v) {
            return new IndicateurJson(v.id(), v.champ(), v.axe(), v.fiche(), v.libelle(), v.portee().name(),
                    v.type().name(), v.unite(), v.sens().name(), v.territoire(), v.exemption(),
                    v.valeurs().stream().map(ValeurJson::de).toList());
        }

        record ValeurJson(int annee, String nature, String texte, java.math.BigDecimal nombre, String code,
                String type, String qualificatif, String renvoi, String commentaire, java.math.BigDecimal numerateur,
                java.math.BigDecimal denominateur, java.math.BigDecimal taux, String statut, boolean demo) {

            static ValeurJson de(IndicateurVue.ValeurVue v) {
                return new ValeurJson(v.annee(), v.nature().name(), v.texte(), v.nombre(),
                        v.code() == null ? null : v.code().name(), v.type() == null ? null : v.type().name(),
                        v.qualificatif(), v.renvoi(), v.commentaire(), v.numerateur(), v.denominateur(), v.taux(),
                        v.statut().name(), v.demo());
            }
        }
    }
}
