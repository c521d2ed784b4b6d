package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.PacteApplication;
import fr.pacte.shared.web.rendu.RendusGardes;
import fr.pacte.support.BaseDeTest;
import fr.pacte.support.DemoVienne;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 item 7: two instances of the app on one database, as behind a load balancer. A sign-in on one is a
 * sign-in on the other (Spring Session JDBC), and so is a sign-out; the login throttle counts on both.
 */
class DeuxInstancesIT {

    private static BaseDeTest base;
    private static ConfigurableApplicationContext premiere;
    private static ConfigurableApplicationContext seconde;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void demarrerDeuxInstances() {
        base = new BaseDeTest();
        premiere = demarrer();
        seconde = demarrer();
    }

    @AfterAll
    static void arreter() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {seconde, premiere}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (base != null) {
            base.close();
        }
    }

    private static ConfigurableApplicationContext demarrer() {
        // As command-line arguments: they come before application.properties (server.port=${PORT:8080}).
        return new SpringApplicationBuilder(PacteApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--spring.datasource.url=" + base.url(),
                        "--spring.datasource.username=" + base.utilisateur(),
                        "--spring.datasource.password=" + base.motDePasse(),
                        "--spring.datasource.hikari.maximum-pool-size=3");
    }

    private static String url(ConfigurableApplicationContext instance, String chemin) {
        return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + chemin;
    }

    private static HttpResponse<String> envoyer(HttpRequest.Builder requete) throws IOException, InterruptedException {
        return HTTP.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> reponse) {
        return reponse.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String jetonCsrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("jeton CSRF de la page").isTrue();
        return m.group(1);
    }

    private static String formulaire(String... clesValeurs) {
        StringBuilder corps = new StringBuilder();
        for (int i = 0; i < clesValeurs.length; i += 2) {
            corps.append(i == 0 ? "" : "&").append(clesValeurs[i]).append('=')
                    .append(URLEncoder.encode(clesValeurs[i + 1], StandardCharsets.UTF_8));
        }
        return corps.toString();
    }

    @Test
    @DisplayName("Deux instances — connecté sur l'une, on lit ses conventions sur l'autre ; déconnecté sur l'autre, plus nulle part")
    void aSessionOpenedOnOneInstanceWorksOnTheOther() throws Exception {
        HttpResponse<String> connexion = envoyer(HttpRequest.newBuilder(URI.create(url(premiere, "/connexion"))));
        String anonyme = cookie(connexion);
        HttpResponse<String> entree = envoyer(HttpRequest.newBuilder(URI.create(url(premiere, "/connexion")))
                .header("Cookie", anonyme).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire("username", "agent.departement", "password", "demo",
                        "_csrf", jetonCsrf(connexion.body())))));
        assertThat(entree.statusCode()).isEqualTo(302);
        assertThat(entree.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = cookie(entree);
        assertThat(session).isNotEqualTo(anonyme);

        HttpResponse<String> ailleurs = envoyer(HttpRequest.newBuilder(URI.create(url(seconde, "/conventions")))
                .header("Cookie", session));
        assertThat(ailleurs.statusCode()).isEqualTo(200);
        assertThat(ailleurs.body()).contains("2024-C-DGAS-DAS-0001", "Agent du Département (démo)");

        HttpResponse<String> sortie = envoyer(HttpRequest.newBuilder(URI.create(url(seconde, "/deconnexion")))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire("_csrf", jetonCsrf(ailleurs.body())))));
        assertThat(sortie.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion?deconnecte"));
        HttpResponse<String> apres = envoyer(HttpRequest.newBuilder(URI.create(url(premiere, "/conventions")))
                .header("Cookie", session));
        assertThat(apres.statusCode()).isEqualTo(302);
        assertThat(apres.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion"));
    }

    @Test
    @DisplayName("Deux instances — R-SEC-11 : cinq échecs sur l'une suspendent aussi la connexion sur l'autre")
    void theThrottleHoldsAcrossInstances() throws Exception {
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> reponse = envoyer(HttpRequest.newBuilder(URI.create(url(premiere, "/api/v1/conventions")))
                    .header("Authorization", basic("agent.prefecture", "faux" + i)));
            assertThat(reponse.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> seconde = envoyer(HttpRequest.newBuilder(URI.create(url(DeuxInstancesIT.seconde,
                "/api/v1/conventions"))).header("Authorization", basic("agent.prefecture", "demo")));
        assertThat(seconde.statusCode()).isEqualTo(401);
        assertThat(seconde.body()).contains("\"code\":\"CONNEXION_SUSPENDUE\"");
    }

    @Test
    @DisplayName("Cookie de session — HttpOnly et SameSite=Lax ; Secure derrière un proxy HTTPS (X-Forwarded-Proto)")
    void theSessionCookieIsSecureBehindHttps() throws Exception {
        String direct = envoyer(HttpRequest.newBuilder(URI.create(url(premiere, "/connexion"))))
                .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(direct).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        List<String> https = envoyer(HttpRequest.newBuilder(URI.create(url(premiere, "/connexion")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "192.0.2.10"))
                .headers().allValues("Set-Cookie");
        assertThat(https).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
                .satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    private static String seConnecter(ConfigurableApplicationContext instance, String login) throws Exception {
        HttpResponse<String> connexion = envoyer(HttpRequest.newBuilder(URI.create(url(instance, "/connexion"))));
        HttpResponse<String> entree = envoyer(HttpRequest.newBuilder(URI.create(url(instance, "/connexion")))
                .header("Cookie", cookie(connexion)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire("username", login, "password", "demo",
                        "_csrf", jetonCsrf(connexion.body())))));
        assertThat(entree.statusCode()).isEqualTo(302);
        return cookie(entree);
    }

    private static HttpResponse<String> page(String url, String session) throws Exception {
        HttpResponse<String> page = envoyer(HttpRequest.newBuilder(URI.create(url)).header("Cookie", session));
        assertThat(page.statusCode()).isEqualTo(200);
        return page;
    }

    private static int seDeconnecter(ConfigurableApplicationContext instance, String session, String jeton)
            throws Exception {
        return envoyer(HttpRequest.newBuilder(URI.create(url(instance, "/deconnexion"))).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire("_csrf", jeton)))).statusCode();
    }

    private static Instant dernierAcces(JdbcTemplate jdbc, String session) {
        String id = new String(Base64.getDecoder().decode(session.substring("SESSION=".length())),
                StandardCharsets.UTF_8);
        return Instant.ofEpochMilli(jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, id));
    }

    @Test
    @DisplayName("Issue 12 — le tableau financier gardé en entier, servi à deux sessions réelles : chacune reçoit son "
            + "propre jeton CSRF (se déconnecter avec celui de l'autre est refusé, avec le sien accepté) ; lire une "
            + "page n'écrit pas la session (dernier accès écrit au plus une fois par minute)")
    void aKeptPageCarriesEachSessionsOwnToken() throws Exception {
        JdbcTemplate jdbc = premiere.getBean(JdbcTemplate.class);
        RendusGardes rendus = premiere.getBean(RendusGardes.class);
        long id = DemoVienne.convention(jdbc);
        String tableau = url(premiere, "/conventions/" + id + "/tableau-financier?annee=2024");
        String a = seConnecter(premiere, "agent.departement");
        String b = seConnecter(premiere, "agent.departement");

        long gardees = rendus.pagesGardees();
        String pageA = page(tableau, a).body();
        assertThat(rendus.pagesGardees()).as("la page rendue pour A est gardée").isEqualTo(gardees + 1);
        Instant accesB = dernierAcces(jdbc, b);
        String pageB = page(tableau, b).body();
        assertThat(rendus.pagesGardees()).isEqualTo(gardees + 1);
        assertThat(pageB).contains("578\u202F633,00\u00A0€");
        String jetonA = jetonCsrf(pageA);
        String jetonB = jetonCsrf(pageB);
        assertThat(jetonB).isNotEqualTo(jetonA);
        assertThat(pageB.replace(jetonB, "JETON")).isEqualTo(pageA.replace(jetonA, "JETON"));
        page(tableau, b);
        assertThat(dernierAcces(jdbc, b)).isEqualTo(accesB);

        assertThat(seDeconnecter(premiere, b, jetonA)).isEqualTo(403);
        assertThat(seDeconnecter(premiere, b, jetonB)).isEqualTo(302);
        assertThat(envoyer(HttpRequest.newBuilder(URI.create(tableau)).header("Cookie", b)).statusCode())
                .isEqualTo(302);
        assertThat(page(tableau, a).body()).contains("578\u202F633,00\u00A0€");
    }

    private static String basic(String login, String motDePasse) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
    }
}
