package fr.pacte.imputation.api;

import fr.pacte.controle.ConstatJson;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.imputation.CompteBancaire;
import fr.pacte.imputation.ImputationEtat;
import fr.pacte.imputation.ImputationService;
import fr.pacte.imputation.ModifierImputations;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imputations and payee account (R-PAY-5, R-PAY-6); the account only for finance roles (R-SEC-9). */
@RestController
@RequestMapping("/api/v1/conventions/{id}/imputations")
class ImputationApiController {

    private final ConventionService conventions;
    private final ImputationService imputations;
    private final ModifierImputations modifier;

    ImputationApiController(ConventionService conventions, ImputationService imputations,
            ModifierImputations modifier) {
        this.conventions = conventions;
        this.imputations = imputations;
        this.modifier = modifier;
    }

    record ImputationEtatJson(Long id, String champ, String axe, String programme, String centreFinancier,
            String centreCout, String domaineFonctionnel, String activite, String activiteLibelle,
            List<ConstatJson> constats) {
    }

    record CompteJson(String titulaire, String siret, String iban, String bic, String codeEtablissement,
            String codeGuichet, String numeroCompte, String cleRib, boolean valide, List<ConstatJson> constats) {
    }

    record ImputationsJson(List<ImputationEtatJson> etat, List<ImputationService.EngagementLu> engagements,
            List<ImputationService.ImputationDepartementLue> departement, CompteJson compte) {
    }

    record EngagementJson(String numero) {
    }

    @GetMapping
    @Operation(summary = "Imputations de l'État (par champ ou axe, constats R-PAY-5), EJ, imputations du Département ; "
            + "le compte du bénéficiaire pour les rôles financiers seulement (R-SEC-9)")
    ImputationsJson imputations(@PathVariable Long id) {
        ConventionLue c = conventions.lire(id);
        CompteJson compte = imputations.compte(c).map(k -> new CompteJson(k.titulaire(), k.siret(), k.iban(), k.bic(),
                k.codeEtablissement(), k.codeGuichet(), k.numeroCompte(), k.cleRib(), k.valide(),
                k.constats().stream().map(ConstatJson::de).toList())).orElse(null);
        return new ImputationsJson(imputations.imputationsEtat(c).stream().map(i -> new ImputationEtatJson(i.id(),
                i.champ(), i.axe(), i.programme(), i.centreFinancier(), i.centreCout(), i.domaineFonctionnel(),
                i.activiteCode(), i.activiteLibelle(), i.constats().stream().map(ConstatJson::de).toList())).toList(),
                imputations.engagements(c), imputations.imputationsDepartement(c), compte);
    }

    @PutMapping("/etat/{imputationId}")
    @Operation(summary = "Corrige une imputation de l'État (FINANCES_ETAT de la région)")
    ResponseEntity<Void> etat(@PathVariable Long id, @PathVariable Long imputationId,
            @RequestBody ImputationEtat.Champs champs) {
        modifier.modifierEtat(id, imputationId, champs);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/engagements/{champId}/{exercice}")
    @Operation(summary = "L'EJ d'un champ pour un exercice (FINANCES_ETAT de la région)")
    ResponseEntity<Void> engagement(@PathVariable Long id, @PathVariable Long champId, @PathVariable int exercice,
            @RequestBody EngagementJson corps) {
        modifier.engagement(id, champId, exercice, corps == null ? null : corps.numero());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/departement")
    @Operation(summary = "Remplace les imputations du Département (FINANCES_DEPARTEMENT)")
    ResponseEntity<Void> departement(@PathVariable Long id,
            @RequestBody List<ModifierImputations.ImputationDepartementVoulue> voulues) {
        modifier.remplacerDepartement(id, voulues);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/compte")
    @Operation(summary = "Le compte du bénéficiaire (FINANCES_DEPARTEMENT)")
    ResponseEntity<Void> compte(@PathVariable Long id, @RequestBody CompteBancaire.Champs champs) {
        modifier.modifierCompte(id, champs);
        return ResponseEntity.noContent().build();
    }
}
