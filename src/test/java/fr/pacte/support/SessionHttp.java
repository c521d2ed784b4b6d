package fr.pacte.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;

/**
 * A real browser session over HTTP (its own cookie jar, the form login with its CSRF token), for tests where several
 * people act at once: concurrency is tested with real sessions, not with MockMvc on one thread.
 */
public final class SessionHttp {

    private final String base;
    private final HttpClient client;

    private SessionHttp(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login page, as a browser would. */
    public static SessionHttp connecter(int port, String login, String motDePasse) throws Exception {
        SessionHttp session = new SessionHttp(port);
        String page = session.get("/connexion").body();
        String csrf = Jsoup.parse(page).selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> reponse = session.postFormulaire("/connexion", "username=" + enc(login) + "&password="
                + enc(motDePasse) + "&_csrf=" + enc(csrf));
        if (reponse.statusCode() != 302 || reponse.headers().firstValue("Location").orElse("").contains("erreur")) {
            throw new IllegalStateException("Connexion refusée pour " + login + " : " + reponse.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String chemin) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + chemin)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postFormulaire(String chemin, String corps) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + chemin))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(corps)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> poster(Formulaire formulaire) throws IOException, InterruptedException {
        return postFormulaire(formulaire.action(), formulaire.corps());
    }

    /** A multipart/form-data POST: the text fields, then one file. */
    public HttpResponse<String> postFichier(String chemin, Map<String, String> champs, String nomPartie, String nomFichier,
            byte[] contenu) throws IOException, InterruptedException {
        return client.send(multipart(URI.create(base + chemin), champs, nomPartie, nomFichier, contenu).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A stateless API call with HTTP Basic (no session). */
    public static HttpResponse<String> api(int port, String methode, String chemin, String login, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .header("Authorization", basic(login))
                .header("Content-Type", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(60));
        return HttpClient.newHttpClient().send(requete.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> apiFichier(int port, String chemin, String login, String nomFichier, byte[] contenu)
            throws IOException, InterruptedException {
        HttpRequest requete = multipart(URI.create("http://localhost:" + port + chemin), Map.of(), "fichier", nomFichier,
                contenu).header("Authorization", basic(login)).build();
        return HttpClient.newHttpClient().send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder multipart(URI uri, Map<String, String> champs, String nomPartie, String nomFichier,
            byte[] contenu) throws IOException {
        String frontiere = "----pacte" + UUID.randomUUID();
        ByteArrayOutputStream corps = new ByteArrayOutputStream();
        for (Map.Entry<String, String> champ : champs.entrySet()) {
            corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + champ.getKey() + "\"\r\n\r\n"
                    + champ.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        corps.write(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + nomPartie + "\"; filename=\""
                + nomFichier + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corps.write(contenu);
        corps.write(("\r\n--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray())).timeout(Duration.ofSeconds(60));
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String texte) {
        return java.net.URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }
}
