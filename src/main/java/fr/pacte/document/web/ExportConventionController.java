package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.document.ClasseurConvention;
import fr.pacte.document.ExportDocument;
import fr.pacte.shared.fichier.ClasseurXlsx;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Exporter" on every convention, for whoever may read it (the same files as the API, for a signed-in browser): the
 * workbook and the JSON document of contracts/convention.md, in the version shown; and the empty template.
 */
@Controller
class ExportConventionController {

    private final ConventionService conventions;
    private final ExportDocument export;
    private final JsonMapper json;

    ExportConventionController(ConventionService conventions, ExportDocument export, JsonMapper json) {
        this.conventions = conventions;
        this.export = export;
        this.json = json;
    }

    @GetMapping("/conventions/modele.xlsx")
    ResponseEntity<byte[]> modele() {
        return fichier(ClasseurConvention.modele(), "modele-convention.xlsx",
                MediaType.parseMediaType(ClasseurXlsx.TYPE));
    }

    @GetMapping("/conventions/{id}/document.xlsx")
    ResponseEntity<byte[]> classeur(@PathVariable Long id, SelecteurVersion selecteur) {
        ConventionLue convention = conventions.lire(id, selecteur);
        return fichier(ClasseurConvention.ecrire(export.document(convention)),
                "convention-" + convention.numeroInterne() + ".xlsx", MediaType.parseMediaType(ClasseurXlsx.TYPE));
    }

    @GetMapping("/conventions/{id}/document.json")
    ResponseEntity<byte[]> document(@PathVariable Long id, SelecteurVersion selecteur) {
        ConventionLue convention = conventions.lire(id, selecteur);
        byte[] contenu = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.document(convention));
        return fichier(contenu, "convention-" + convention.numeroInterne() + ".json", MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<byte[]> fichier(byte[] contenu, String nom, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(nom.replaceAll("[^A-Za-z0-9._-]", "_"), StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(contenu);
    }
}
