package fr.pacte.indicateur.web;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.indicateur.AnnexeIndicateursXlsx;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.Matrice;
import fr.pacte.indicateur.SaisieIndicateurService;
import fr.pacte.shared.fichier.ClasseurXlsx;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "Indicateurs" page (Annexe 1 matrix and national table) and its XLSX export. */
@Controller
@RequestMapping("/conventions/{conventionId}/indicateurs")
class IndicateurController {

    static final MediaType XLSX =
            MediaType.parseMediaType(ClasseurXlsx.TYPE);

    private final ConventionService conventions;
    private final IndicateurService indicateurs;
    private final AnnexeIndicateursXlsx xlsx;
    private final SaisieIndicateurService saisie;

    IndicateurController(ConventionService conventions, IndicateurService indicateurs, AnnexeIndicateursXlsx xlsx,
            SaisieIndicateurService saisie) {
        this.conventions = conventions;
        this.indicateurs = indicateurs;
        this.xlsx = xlsx;
        this.saisie = saisie;
    }

    @GetMapping
    String matrice(@PathVariable Long conventionId, @RequestParam(defaultValue = "false") boolean telQueSigne,
            SelecteurVersion selecteur, Model model) {
        ConventionLue convention = conventions.lire(conventionId, selecteur);
        model.addAttribute("convention", convention);
        model.addAttribute("matrice", indicateurs.matrice(convention, telQueSigne));
        model.addAttribute("telQueSigne", telQueSigne);
        model.addAttribute("annees", convention.exercices());
        model.addAttribute("peutSaisir", saisie.permis(convention));
        return "indicateur/indicateurs";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable Long conventionId,
            @RequestParam(defaultValue = "false") boolean telQueSigne, SelecteurVersion selecteur) {
        Matrice matrice = indicateurs.matrice(conventions.lire(conventionId, selecteur), telQueSigne);
        String nom = "indicateurs-" + matrice.convention().replaceAll("[^A-Za-z0-9-]", "_") + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nom).build().toString())
                .body(xlsx.ecrire(matrice, LocalDate.now()));
    }
}
