package fr.pacte.document.api;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.document.ClasseurConvention;
import fr.pacte.document.ClasseurIllisibleException;
import fr.pacte.document.ConflitDocumentException;
import fr.pacte.document.ConstatDocument;
import fr.pacte.document.CreerConvention;
import fr.pacte.document.DocumentConvention;
import fr.pacte.document.DocumentInvalideException;
import fr.pacte.document.ExportDocument;
import fr.pacte.document.PlacesClasseur;
import fr.pacte.document.RemplacerDocument;
import fr.pacte.shared.Messages;
import fr.pacte.shared.fichier.ClasseurXlsx;
import fr.pacte.shared.web.ErreurApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * contracts/convention.md: a convention created from its document (JSON or the XLSX workbook), read back as one,
 * replaced while in ELABORATION, and the empty workbook to fill in.
 */
@RestController
@RequestMapping("/api/v1/conventions")
@Tag(name = "Document de convention", description = "Créer, relire, remplacer et exporter une convention entière "
        + "(contracts/convention.md)")
class DocumentApiController {

    private final CreerConvention creer;
    private final RemplacerDocument remplacer;
    private final ExportDocument export;
    private final ConventionService conventions;

    DocumentApiController(CreerConvention creer, RemplacerDocument remplacer, ExportDocument export,
            ConventionService conventions) {
        this.creer = creer;
        this.remplacer = remplacer;
        this.export = export;
        this.conventions = conventions;
    }

    /** {@code {"id", "statut", "constats"}}. */
    record Cree(Long id, String statut, List<ConstatDocument> constats) {
    }

    /** 422: {@code {"enregistre": false, "constats": [...]}}. */
    record Refuse(boolean enregistre, List<ConstatDocument> constats) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Crée une convention depuis son document JSON (agents du Département, administrateur)",
            description = "201 et Location ; 422 {\"enregistre\": false, \"constats\"} sur une erreur de structure "
                    + "(DOCUMENT_INVALIDE avec son chemin) : rien n'est enregistré ; 409 si le numéro est déjà pris "
                    + "dans le Département ; 403 pour un autre Département ou un rôle de préfecture ou de finances.")
    ResponseEntity<Cree> creer(@RequestBody DocumentConvention document) {
        return cree(creer.executer(document, "json"));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Crée une convention depuis le classeur XLSX (partie « fichier »)",
            description = "Mêmes réponses ; les constats d'une cellule illisible ou d'une erreur de structure "
                    + "donnent aussi la feuille et la ligne.")
    ResponseEntity<?> creerDepuisClasseur(@RequestPart("fichier") MultipartFile fichier) {
        ClasseurConvention.Lu lu = ClasseurConvention.lire(contenu(fichier));
        if (lu.bloquant()) {
            return refus(lu.constats());
        }
        try {
            CreerConvention.Resultat r = creer.executer(lu.document(), "xlsx");
            List<ConstatDocument> constats = new java.util.ArrayList<>(lu.constats());
            constats.addAll(r.constats());
            return cree(new CreerConvention.Resultat(r.id(), r.statut(), constats));
        } catch (DocumentInvalideException e) {
            return refus(e, lu.places(), lu.constats());
        }
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "Le document de la convention (même forme qu'à la création)",
            description = "Accepte ?version=N, ?enVigueurAu=AAAA-MM-JJ ou ?avenant=N.")
    DocumentConvention document(@PathVariable Long id, SelecteurVersion selecteur) {
        return export.document(conventions.lire(id, selecteur));
    }

    @GetMapping(value = "/{id}/document.xlsx", produces = ClasseurXlsx.TYPE)
    @Operation(summary = "Le classeur XLSX de la convention (feuilles Convention, Champs, Axes, Fiches, Montants, "
            + "Lignes, Declares, Indicateurs)")
    ResponseEntity<byte[]> classeur(@PathVariable Long id, SelecteurVersion selecteur) {
        ConventionLue convention = conventions.lire(id, selecteur);
        return fichier(ClasseurConvention.ecrire(export.document(convention)),
                "convention-" + convention.numeroInterne() + ".xlsx");
    }

    @GetMapping(value = "/modele.xlsx", produces = ClasseurXlsx.TYPE)
    @Operation(summary = "Le classeur vide à remplir : en-têtes et une ligne d'exemple par feuille")
    ResponseEntity<byte[]> modele() {
        return fichier(ClasseurConvention.modele(), "modele-convention.xlsx");
    }

    @PutMapping(value = "/{id}/document", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remplace structure, lignes et indicateurs d'une convention en élaboration",
            description = "409 une fois la convention signée (les changements passent alors par un avenant) ; "
                    + "422 sur une erreur de structure, rien n'est enregistré.")
    ResponseEntity<Cree> remplacer(@PathVariable Long id, @RequestBody DocumentConvention document) {
        CreerConvention.Resultat r = remplacer.executer(id, document);
        return ResponseEntity.ok(new Cree(r.id(), r.statut(), r.constats()));
    }

    @PutMapping(value = "/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Remplace la convention en élaboration par le classeur XLSX (partie « fichier »)")
    ResponseEntity<?> remplacerDepuisClasseur(@PathVariable Long id, @RequestPart("fichier") MultipartFile fichier) {
        ClasseurConvention.Lu lu = ClasseurConvention.lire(contenu(fichier));
        if (lu.bloquant()) {
            return refus(lu.constats());
        }
        try {
            CreerConvention.Resultat r = remplacer.executer(id, lu.document());
            return ResponseEntity.ok(new Cree(r.id(), r.statut(), r.constats()));
        } catch (DocumentInvalideException e) {
            return refus(e, lu.places(), lu.constats());
        }
    }

    @ExceptionHandler(DocumentInvalideException.class)
    ResponseEntity<Refuse> invalide(DocumentInvalideException e) {
        return refus(e, null, List.of());
    }

    @ExceptionHandler(ConflitDocumentException.class)
    ResponseEntity<ErreurApi> conflit(ConflitDocumentException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                .body(new ErreurApi(e.getMessage(), e.code()));
    }

    private static ResponseEntity<Cree> cree(CreerConvention.Resultat r) {
        return ResponseEntity.created(URI.create("/api/v1/conventions/" + r.id()))
                .body(new Cree(r.id(), r.statut(), r.constats()));
    }

    private static ResponseEntity<Refuse> refus(DocumentInvalideException e, PlacesClasseur places,
            List<ConstatDocument> avant) {
        List<ConstatDocument> constats = new java.util.ArrayList<>(avant);
        e.erreurs().forEach(x -> constats.add(ConstatDocument.invalide(x, places)));
        return refus(constats);
    }

    private static ResponseEntity<Refuse> refus(List<ConstatDocument> constats) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(new Refuse(false, constats));
    }

    static ResponseEntity<byte[]> fichier(byte[] contenu, String nom) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(nom, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(ClasseurXlsx.TYPE))
                .body(contenu);
    }

    private static byte[] contenu(MultipartFile fichier) {
        try {
            return fichier.getBytes();
        } catch (IOException e) {
            throw new ClasseurIllisibleException(Messages.texte("document.classeur.illisible", e.getMessage()), e);
        }
    }
}
