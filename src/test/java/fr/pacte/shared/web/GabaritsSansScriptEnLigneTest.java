package fr.pacte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 6: the Content-Security-Policy allows no inline script nor style, so no template may hold one: no
 * {@code <script>} without src, no {@code on…=} handler, no {@code javascript:} link, no {@code style} attribute or
 * element. Behaviour goes in static/js (e.g. {@code data-soumettre-au-changement}), looks in static/css.
 */
class GabaritsSansScriptEnLigneTest {

    private static final Path GABARITS = Path.of("src/main/resources/templates");
    private static final List<Pattern> INTERDITS = List.of(
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE));

    @Test
    @DisplayName("Aucun gabarit ne contient de script ou de style en ligne (CSP sans 'unsafe-inline')")
    void noTemplateHoldsInlineScriptOrStyle() throws IOException {
        List<String> trouves = new ArrayList<>();
        List<Path> fichiers;
        try (Stream<Path> tous = Files.walk(GABARITS)) {
            // templates/rapport/pdf/ are documents rendered to PDF on the server (openhtmltopdf reads their <style>),
            // never sent to a browser; the page shows only their "contenu" fragment, which has no style.
            fichiers = tous.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !GABARITS.relativize(p).startsWith(Path.of("rapport", "pdf"))).toList();
        }
        for (Path fichier : fichiers) {
            String texte = Files.readString(fichier);
            for (Pattern interdit : INTERDITS) {
                Matcher m = interdit.matcher(texte);
                while (m.find()) {
                    trouves.add(GABARITS.relativize(fichier) + " : " + m.group());
                }
            }
        }
        assertThat(fichiers).hasSizeGreaterThan(20);
        assertThat(trouves).isEmpty();
    }

    @Test
    @DisplayName("Le contrôle repère bien un onchange, un script en ligne et un style en ligne")
    void theCheckFindsWhatItForbids() {
        String exemple = "<select onchange=\"this.form.submit()\"><script>alert(1)</script><p style=\"color:red\">";
        assertThat(INTERDITS.stream().filter(p -> p.matcher(exemple).find())).hasSize(3);
        assertThat(INTERDITS.stream().filter(p -> p.matcher("<script th:src=\"@{/js/pacte.js}\" defer></script>").find()))
                .isEmpty();
    }
}
