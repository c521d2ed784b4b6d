package fr.pacte.importation.api;

import fr.pacte.importation.ImportTableauService;
import fr.pacte.importation.ImporterTableau;
import fr.pacte.importation.TableauIllisibleException;
import fr.pacte.importation.VerificationTableau;
import fr.pacte.financement.rules.MessagesConstats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Tableau financier : contrôle et import", description = DescriptionsApi.CONSTATS)
class TableauFinancierImportApiController {

    private final ImportTableauService verification;
    private final ImporterTableau importer;

    TableauFinancierImportApiController(ImportTableauService verification, ImporterTableau importer) {
        this.verification = verification;
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/controles/tableau-financier")
    @Operation(summary = "Contrôle un tableau financier sans rien enregistrer (tout rôle connecté)",
            description = DescriptionsApi.FICHIER + "\n\n" + DescriptionsApi.CONSTATS)
    TableauJson verifier(
            @Parameter(description = DescriptionsApi.FICHIER) @RequestPart("fichier") MultipartFile fichier,
            @Parameter(description = "ligne (défaut), global ou aucune") @RequestParam(required = false) String parite,
            @Parameter(description = "etat_departement (défaut) ou total") @RequestParam(required = false) String baseParite,
            @Parameter(description = "enveloppe de l'État inscrite dans la convention, ex. 578633")
            @RequestParam(required = false) String enveloppeEtat) {
        return TableauJson.de(verification.verifier(contenu(fichier),
                VerificationTableau.parametres(parite, baseParite, enveloppeEtat)), null);
    }

    @PostMapping(path = "/api/v1/conventions/{id}/tableau-financier")
    @Operation(summary = "Importe un tableau financier comme lignes de financement d'un exercice",
            description = "Mêmes contrôles, puis rapprochement des fiches (par numéro) et des axes (par numéro ou "
                    + "libellé). Enregistre seulement sans ERREUR : 200 et \"enregistre\": true ; sinon 422, "
                    + "\"enregistre\": false et rien n'est enregistré. Enregistrement par différence : une ligne "
                    + "inchangée garde son identifiant ; une convention signée reçoit les changements dans son "
                    + "brouillon. Les fiches de l'exercice que le fichier ne mentionne pas gardent leurs lignes "
                    + "(constat FICHE_OMISE) sauf avec remplacer=exercice. Réservé aux agents du Département (403 "
                    + "sinon) ; convention hors périmètre : 404.\n\n" + DescriptionsApi.CONSTATS)
    ResponseEntity<TableauJson> importer(@PathVariable Long id, @RequestParam int annee,
            @Parameter(description = DescriptionsApi.FICHIER) @RequestPart("fichier") MultipartFile fichier,
            @RequestParam(required = false) String parite, @RequestParam(required = false) String baseParite,
            @RequestParam(required = false) String enveloppeEtat,
            @Parameter(description = "« exercice » : supprime aussi les lignes des fiches que le fichier ne mentionne pas")
            @RequestParam(required = false) String remplacer) {
        boolean remplacerExercice = remplacerExercice(remplacer);
        try {
            ImporterTableau.Resultat resultat = importer.executer(new ImporterTableau.Commande(id, annee,
                    contenu(fichier), fichier.getOriginalFilename(),
                    VerificationTableau.parametres(parite, baseParite, enveloppeEtat), remplacerExercice, null, null));
            return ResponseEntity.ok(TableauJson.de(resultat.analyse().verification(), true));
        } catch (ImporterTableau.ImportRefuseException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(TableauJson.de(e.analyse().verification(), false));
        }
    }

    private static boolean remplacerExercice(String remplacer) {
        if (remplacer == null || remplacer.isBlank()) {
            return false;
        }
        if (!"exercice".equals(remplacer.strip())) {
            throw new TableauIllisibleException(MessagesConstats.texte("tableau.parametre.remplacer", remplacer.strip()));
        }
        return true;
    }

    private static byte[] contenu(MultipartFile fichier) {
        try {
            return fichier.getBytes();
        } catch (IOException e) {
            throw new TableauIllisibleException(MessagesConstats.texte("tableau.format"), e);
        }
    }
}
