package fr.pacte.consolidation.web;

import fr.pacte.consolidation.Consolidation;
import fr.pacte.consolidation.ConsolidationService;
import fr.pacte.consolidation.ConsolidationXlsx;
import fr.pacte.shared.fichier.ClasseurXlsx;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Consolidation" page of the préfecture de région (M16, R-SEC-4, linked from the header for the roles that may
 * see it) and its XLSX export {@code GET /consolidation.xlsx?exercice=2024}, for the signed-in browser; the JSON is
 * {@code GET /api/v1/consolidation}. Without an exercice the page shows the current year.
 */
@Controller
class ConsolidationController {

    private final ConsolidationService consolidation;
    private final ConsolidationXlsx xlsx;
    private final Clock horloge;

    ConsolidationController(ConsolidationService consolidation, ConsolidationXlsx xlsx, Clock horloge) {
        this.consolidation = consolidation;
        this.xlsx = xlsx;
        this.horloge = horloge;
    }

    @GetMapping("/consolidation")
    String page(@RequestParam(required = false) Integer exercice,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au, Model model) {
        LocalDate date = au == null ? LocalDate.now(horloge) : au;
        int annee = exercice == null ? date.getYear() : exercice;
        Consolidation c = consolidation.consolider(annee, date);
        model.addAttribute("consolidation", c);
        model.addAttribute("exercice", annee);
        model.addAttribute("exercices", exercices(date.getYear(), annee));
        return "consolidation/consolidation";
    }

    @GetMapping("/consolidation.xlsx")
    ResponseEntity<byte[]> export(@RequestParam int exercice,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate au) {
        Consolidation c = consolidation.consolider(exercice, au == null ? LocalDate.now(horloge) : au);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("consolidation-" + exercice + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(ClasseurXlsx.TYPE)).body(xlsx.ecrire(c));
    }

    /** The years of the selector: from eight years back to three ahead, and the one shown. */
    private static List<Integer> exercices(int courant, int affiche) {
        return IntStream.rangeClosed(Math.min(courant - 8, affiche), Math.max(courant + 3, affiche)).boxed().toList();
    }
}
