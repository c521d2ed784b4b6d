package fr.pacte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteBrowserTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The error pages as a browser gets them, from the real server (Tomcat's error dispatch and form size limit): French,
 * inside the layout, a "retour" link, never Spring's English "Whitelabel Error Page" nor a stack trace.
 */
@PacteBrowserTest
@ExtendWith(OutputCaptureExtension.class)
class PagesErreurIT {

    private static final Pattern REFERENCE = Pattern.compile("Référence : ([0-9A-F]{4}-[0-9A-F]{4})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HttpClient client;

    /** A page that fails as a bug would. */
    @TestConfiguration
    static class RoutePanne {

        @Bean
        Panne panne() {
            return new Panne();
        }
    }

    @Controller
    static class Panne {

        @GetMapping("/test-panne")
        String panne() {
            throw new IllegalStateException("détail interne à ne pas montrer");
        }
    }

    @BeforeEach
    void seConnecter() throws Exception {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String jeton = jeton(get("/connexion").body());
        HttpResponse<String> connexion = post("/connexion",
                "username=agent.departement&password=demo&_csrf=" + URLEncoder.encode(jeton, StandardCharsets.UTF_8));
        assertThat(connexion.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> get(String chemin) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String chemin, String corps) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                        .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(corps)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String jeton(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The grid of 2024 posted with one changed line (fiche 1's first indicator) and the given extra fields. */
    private HttpResponse<String> grille(String champs) throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        String page = get("/conventions/" + vienne + "/indicateurs/saisie?annee=2024").body();
        long premier = jdbc.queryForObject("select lf.id from indicateur_fiche lf join fiche_action f on f.id = lf.fiche_id "
                + "where lf.convention_id = ? and f.numero = '1' order by lf.ordre limit 1", Long.class, vienne);
        return post("/conventions/" + vienne + "/indicateurs/saisie?annee=2024", "_csrf="
                + URLEncoder.encode(jeton(page), StandardCharsets.UTF_8) + "&action=brouillon&lignes%5B0%5D.id=" + premier
                + "&" + champs);
    }

    private Integer commentaires2024() {
        return jdbc.queryForObject("select count(*) from valeur_indicateur where annee = 2024 and commentaire is not null",
                Integer.class);
    }

    private static void pageFrancaise(HttpResponse<String> reponse, int statut, String... textes) {
        assertThat(reponse.statusCode()).isEqualTo(statut);
        assertThat(reponse.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(reponse.body()).contains("lang=\"fr\"", "Retour à mes conventions", "Se déconnecter")
                .contains(textes)
                .doesNotContain("Whitelabel", "Exception", "at fr.pacte", "??");
    }

    @Test
    @DisplayName("400 : /conventions/abc donne la page française « Requête invalide » qui cite « abc »")
    void badRequestPage() throws Exception {
        pageFrancaise(get("/conventions/abc"), 400, "<h1>Requête invalide</h1>",
                "Le paramètre « id » ne peut pas valoir « abc » : il attend un nombre entier.");
        pageFrancaise(get("/conventions/" + DemoVienne.convention(jdbc) + "/controles?annee=deux-mille"), 400,
                "Requête invalide", "« deux-mille »");
    }

    @Test
    @DisplayName("R-SEC-2 — 404 : une convention inconnue et une adresse inconnue donnent la même page française")
    void notFoundPage() throws Exception {
        pageFrancaise(get("/conventions/999999"), 404, "<h1>Page introuvable</h1>");
        pageFrancaise(get("/page-qui-n-existe-pas"), 404, "<h1>Page introuvable</h1>");
    }

    @Test
    @DisplayName("500 : page française sans trace, avec une référence que la ligne du journal porte aussi")
    void internalErrorPageCarriesTheLoggedReference(CapturedOutput journal) throws Exception {
        HttpResponse<String> reponse = get("/test-panne");
        pageFrancaise(reponse, 500, "<h1>Erreur inattendue</h1>");
        assertThat(reponse.body()).doesNotContain("détail interne", "IllegalStateException");
        Matcher reference = REFERENCE.matcher(reponse.body());
        assertThat(reference.find()).isTrue();
        assertThat(journal.getOut()).contains("Erreur interne, référence " + reference.group(1) + " : GET /test-panne")
                .contains("java.lang.IllegalStateException: détail interne à ne pas montrer");
    }

    @Test
    @DisplayName("Un indice de ligne démesuré (lignes[100000].t0) donne une page 400 française, pas une erreur 500")
    void hugeIndexIsABadRequest() throws Exception {
        pageFrancaise(grille("lignes%5B100000%5D.t0=5"), 400, "Requête invalide",
                "contient un champ inattendu (« lignes[100000] »)");
    }

    @Test
    @DisplayName("Un commentaire de 2,5 Mo est refusé sur son champ ; au-delà de 10 Mo de texte, la page dit « texte trop long », pas « fichier »")
    void longTextIsAFieldErrorAndTooLongPostIsNotAFile() throws Exception {
        Integer avant = commentaires2024();

        HttpResponse<String> long25 = grille("lignes%5B0%5D.resultat=58&lignes%5B0%5D.commentaire=" + "a".repeat(2_500_000));
        assertThat(long25.statusCode()).isEqualTo(200);
        assertThat(long25.body()).contains("id=\"resume-erreurs\"", "est trop long : écrivez au plus 2 000 caractères");

        HttpResponse<String> trop = grille("lignes%5B0%5D.commentaire=" + "a".repeat(11 * 1024 * 1024));
        pageFrancaise(trop, 413, "<h1>Texte trop long</h1>", "dépasse 10 Mo de texte");
        assertThat(trop.body()).doesNotContain("Fichier trop volumineux", "5 Mo");
        assertThat(commentaires2024()).isEqualTo(avant);
    }

    @Test
    @DisplayName("L'API répond aussi {erreur, code} quand Tomcat refuse la requête (corps de plus de 10 Mo) : 413")
    void apiTooLargeIsJson() throws Exception {
        HttpResponse<String> reponse = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/conventions/" + DemoVienne.convention(jdbc) + "/indicateurs/soumission"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("agent.departement:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("annee=2024&x=" + "a".repeat(11 * 1024 * 1024))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(reponse.statusCode()).isEqualTo(413);
        assertThat(reponse.body()).startsWith("{\"erreur\":\"La requête dépasse la taille acceptée par le serveur")
                .endsWith("\"code\":\"REQUETE_TROP_VOLUMINEUSE\"}");
    }
}
