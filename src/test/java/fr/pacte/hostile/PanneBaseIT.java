package fr.pacte.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.PacteApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, item 5: the database stopped, then restarted, under a running app (real HTTP, real Tomcat). While it is
 * down, pages and API answer a French 503 at once (never a 30 s hang, a 500, or a 401 to valid credentials) and the
 * health endpoint says DOWN; when it is back the app works again by itself, and nothing was lost.
 */
class PanneBaseIT {

    /** Generous: the pool gives up after 2 s (spring.datasource.hikari.connection-timeout); the old app took 30 s. */
    private static final long BORNE_MS = 10_000;
    /** What a browser asks for. */
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    @Test
    @DisplayName("Base arrêtée : 503 en français (page et API, pas de 401), santé DOWN ; base revenue : l'application repart seule, rien n'est perdu")
    void databaseStoppedAndRestarted() throws Exception {
        Path donnees = Files.createTempDirectory("pacte-panne").resolve("pg");
        int port = portLibre();
        EmbeddedPostgres serveur = demarrer(donnees, port);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PacteApplication.class).run(
                "--server.port=0", "--spring.profiles.active=demo", "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
            base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("show statement_timeout", String.class))
                    .isEqualTo("15s");
            connecter("agent.departement", "demo");
            assertThat(page("/conventions").statusCode()).isEqualTo(200);
            HttpResponse<String> avant = api("/api/v1/conventions");
            assertThat(avant.statusCode()).isEqualTo(200);
            assertThat(sante().statusCode()).isEqualTo(200);

            serveur.close();

            long debut = System.nanoTime();
            HttpResponse<String> api = api("/api/v1/conventions");
            assertThat(ms(debut)).isLessThan(BORNE_MS);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            assertThat(api.body()).contains("\"code\": \"SERVICE_INDISPONIBLE\"")
                    .contains("La base de données de Pacte ne répond pas");

            debut = System.nanoTime();
            HttpResponse<String> page = page("/conventions");
            assertThat(ms(debut)).isLessThan(BORNE_MS);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Service momentanément indisponible").contains("class=\"entete\"");

            // Sessions live in the database (Spring Session JDBC): even the login page, which needs one for its CSRF
            // token, answers the French 503 at once instead of a form that could not be posted.
            debut = System.nanoTime();
            HttpResponse<String> connexion = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                    .header("Accept", HTML).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ms(debut)).isLessThan(BORNE_MS);
            assertThat(connexion.statusCode()).isEqualTo(503);
            assertThat(connexion.body()).contains("Service momentanément indisponible");

            debut = System.nanoTime();
            HttpResponse<String> sante = sante();
            assertThat(ms(debut)).isLessThan(BORNE_MS);
            assertThat(sante.statusCode()).isEqualTo(503);
            assertThat(sante.body()).contains("DOWN");

            serveur = demarrer(donnees, port);

            HttpResponse<String> apres = attendre200("/api/v1/conventions");
            assertThat(apres.body()).isEqualTo(avant.body());
            assertThat(page("/conventions").statusCode()).isEqualTo(200);
            assertThat(sante().statusCode()).isEqualTo(200);
        } finally {
            serveur.close();
        }
    }

    private PanneBaseIT avec(String url) {
        base = url;
        return this;
    }

    private static EmbeddedPostgres demarrer(Path donnees, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(donnees).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("max_connections", "40").start();
    }

    private void connecter(String login, String motDePasse) throws Exception {
        assertThat(connexion(login, motDePasse).statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> connexion(String login, String motDePasse) throws Exception {
        String formulaire = client.send(HttpRequest.newBuilder(URI.create(base + "/connexion")).header("Accept", HTML)
                .build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher jeton = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(formulaire);
        assertThat(jeton.find()).isTrue();
        String corps = "username=" + login + "&password=" + motDePasse + "&_csrf=" + jeton.group(1);
        return client.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String chemin) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + chemin)).header("Accept", HTML)
                .timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> api(String chemin) throws Exception {
        String auth = Base64.getEncoder().encodeToString("agent.departement:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + chemin))
                .header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(40)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> sante() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                .timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> attendre200(String chemin) throws Exception {
        long fin = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> reponse = api(chemin);
        while (reponse.statusCode() != 200 && System.nanoTime() < fin) {
            Thread.sleep(250);
            reponse = api(chemin);
        }
        assertThat(reponse.statusCode()).as("l'application repart seule").isEqualTo(200);
        return reponse;
    }

    private static long ms(long debut) {
        return (System.nanoTime() - debut) / 1_000_000;
    }

    private static int portLibre() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
