package fr.pacte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error of the JSON API has one shape, {"erreur": "…", "code": "…"}, in French, security on (R-SEC-11: 401,
 * 403; R-SEC-2: 404 for an unknown or out-of-scope id as for an unknown route).
 */
@PacteIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErreursApiIT {

    private static final String VALEUR = "/api/v1/conventions/{id}/indicateurs/{ind}/valeurs/{annee}/{nature}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** A route that fails as a bug would: the API must answer 500 with a reference, never the exception. */
    @TestConfiguration
    static class RoutePanne {

        @Bean
        Panne panne() {
            return new Panne();
        }
    }

    @RestController
    static class Panne {

        @GetMapping("/api/v1/test-panne")
        String panne() {
            throw new IllegalStateException("détail interne à ne pas montrer");
        }
    }

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private long enfants() {
        return jdbc.queryForObject("select lf.id from indicateur_fiche lf join indicateur i on i.id = lf.indicateur_id "
                + "join fiche_action f on f.id = lf.fiche_id where lf.convention_id = ? and f.numero = '1' "
                + "and i.libelle = 'Nombre d''enfants accompagnés'", Long.class, vienne());
    }

    private Integer resultats2024() {
        return jdbc.queryForObject("select count(*) from valeur_indicateur where annee = 2024 and nature = 'RESULTAT'",
                Integer.class);
    }

    /** Exactly the two fields, the code, and a French message. */
    private static ResultActions forme(ResultActions reponse, String code, String extrait) throws Exception {
        return reponse.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.*", hasSize(2)))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.erreur").value(containsString(extrait)));
    }

    @Test
    @DisplayName("R-SEC-11 — 401 sans identifiants (NON_AUTHENTIFIE) ou avec un mauvais mot de passe (IDENTIFIANTS_INCORRECTS) : {erreur, code}")
    void unauthenticated() throws Exception {
        forme(mvc.perform(get("/api/v1/conventions")).andExpect(status().isUnauthorized()),
                "NON_AUTHENTIFIE", "Identifiez-vous");
        forme(mvc.perform(get("/api/v1/conventions/{id}", vienne()).with(httpBasic("agent.departement", "faux")))
                .andExpect(status().isUnauthorized()), "IDENTIFIANTS_INCORRECTS", "mot de passe");
    }

    @Test
    @DisplayName("R-SEC-11 — 403 quand le rôle ne permet pas l'écriture (préfecture) : ACCES_REFUSE, rien n'est écrit")
    void forbidden() throws Exception {
        Integer avant = resultats2024();
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "RESULTAT").with(httpBasic("agent.prefecture", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"59\"}"))
                .andExpect(status().isForbidden()), "ACCES_REFUSE", "Votre rôle ne permet pas cette action.");
        forme(mvc.perform(multipart("/api/v1/conventions/{id}/tableau-financier", vienne())
                        .file(new MockMultipartFile("fichier", "t.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                        .param("annee", "2024").with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isForbidden()), "ACCES_REFUSE", "rôle");
        assertThat(resultats2024()).isEqualTo(avant);
    }

    @Test
    @DisplayName("R-SEC-2 — 404 identique pour une route inconnue, un identifiant inconnu et une convention hors périmètre")
    void notFoundLeaksNothing() throws Exception {
        String message = "Aucune ressource ne correspond à cette adresse, ou elle ne relève pas de votre périmètre.";
        forme(mvc.perform(get("/api/v1/inconnue").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isNotFound()), "INTROUVABLE", message);
        forme(mvc.perform(get("/api/v1/conventions/999999").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isNotFound()), "INTROUVABLE", message);
        forme(mvc.perform(get("/api/v1/conventions/{id}/tableau-financier?annee=2024", vienne())
                        .with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound()), "INTROUVABLE", message);
    }

    @Test
    @DisplayName("405 pour une méthode que la route n'accepte pas (en-tête Allow), 415 pour un corps qui n'est pas du JSON")
    void methodAndMediaType() throws Exception {
        forme(mvc.perform(delete("/api/v1/conventions").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isMethodNotAllowed())
                // GET lists the conventions, POST creates one from its document (contracts/convention.md); in any order.
                .andExpect(header().string("Allow", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is("GET, POST"),
                        org.hamcrest.Matchers.is("POST, GET")))), "METHODE_NON_AUTORISEE", "La méthode DELETE n'est pas acceptée");
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.TEXT_PLAIN).content("58"))
                .andExpect(status().isUnsupportedMediaType()), "TYPE_NON_PRIS_EN_CHARGE", "application/json");
        forme(mvc.perform(get("/api/v1/conventions").accept(MediaType.TEXT_PLAIN).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isNotAcceptable()), "FORMAT_NON_DISPONIBLE", "application/json");
    }

    @Test
    @DisplayName("400 en français : corps illisible, paramètre de chemin ou de requête mal typé, paramètre absent, fichier illisible")
    void badRequests() throws Exception {
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": "))
                .andExpect(status().isBadRequest()), "CORPS_ILLISIBLE", "n'est pas un objet JSON lisible");
        forme(mvc.perform(get("/api/v1/conventions/abc").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest()), "PARAMETRE_INVALIDE",
                "Le paramètre « id » ne peut pas valoir « abc » : il attend un nombre entier.");
        forme(mvc.perform(get("/api/v1/conventions/{id}/controles?annee=deux-mille", vienne())
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest()), "PARAMETRE_INVALIDE", "par exemple annee=2024");
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "PREVISION").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"50\"}"))
                .andExpect(status().isBadRequest()), "PARAMETRE_INVALIDE", "une des valeurs T0, CIBLE ou RESULTAT");
        forme(mvc.perform(get("/api/v1/conventions/{id}/controles", vienne()).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest()), "PARAMETRE_ABSENT",
                "Indiquez le paramètre « annee » (un nombre entier, par exemple annee=2024).");
        forme(mvc.perform(multipart("/api/v1/controles/tableau-financier").file(new MockMultipartFile("fichier", "a.pdf",
                        "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                        .with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest()), "FICHIER_ILLISIBLE", "ni un CSV");
        forme(mvc.perform(multipart("/api/v1/controles/tableau-financier").with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest()), "FICHIER_ABSENT", "« fichier »");
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"-5\"}"))
                .andExpect(status().isBadRequest()), "indicateur.valeur.negative", "La valeur « -5 » n'est pas valide");
    }

    @Test
    @DisplayName("Un caractère nul dans le JSON ou dans un paramètre : 400 CARACTERE_INTERDIT et rien n'est enregistré")
    void nulCharacterIsRefused() throws Exception {
        Integer avant = resultats2024();
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"5\\u00002\"}"))
                .andExpect(status().isBadRequest()), "CARACTERE_INTERDIT", "Le champ « texte » contient un caractère");
        forme(mvc.perform(put(VALEUR, vienne(), enfants(), 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"59\", \"commentaire\": \"a\\u0000\"}"))
                .andExpect(status().isBadRequest()), "CARACTERE_INTERDIT", "« commentaire »");
        forme(mvc.perform(multipart("/api/v1/controles/tableau-financier")
                        .file(new MockMultipartFile("fichier", "t.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                        .param("parite", "li\u0000gne").with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest()), "CARACTERE_INTERDIT", "« parite »");
        assertThat(resultats2024()).isEqualTo(avant);
    }

    @Test
    @DisplayName("OpenAPI décrit la forme unique des erreurs (schéma ErreurApi) et ses codes sur chaque route")
    void openApiDescribesTheErrorShape() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ErreurApi.properties.erreur").exists())
                .andExpect(jsonPath("$.components.schemas.ErreurApi.properties.code.description")
                        .value(containsString("NON_AUTHENTIFIE, ACCES_REFUSE, INTROUVABLE")))
                .andExpect(jsonPath("$.paths['/api/v1/conventions/{id}'].get.responses['404'].content['application/json']"
                        + ".schema['$ref']").value("#/components/schemas/ErreurApi"));
    }

    @Test
    @DisplayName("500 : ni la trace ni le détail de l'exception, une référence que la ligne du journal porte aussi")
    void internalErrorCarriesAReference(CapturedOutput journal) throws Exception {
        String reponse = forme(mvc.perform(get("/api/v1/test-panne").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.erreur").value(matchesPattern(".*référence [0-9A-F]{4}-[0-9A-F]{4}\\..*"))),
                "ERREUR_INTERNE", "Une erreur inattendue est survenue")
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reponse).doesNotContain("détail interne", "IllegalStateException", "at fr.pacte");
        Matcher reference = Pattern.compile("[0-9A-F]{4}-[0-9A-F]{4}").matcher(reponse);
        assertThat(reference.find()).isTrue();
        assertThat(journal.getOut()).contains("Erreur interne, référence " + reference.group() + " : GET /api/v1/test-panne")
                .contains("détail interne à ne pas montrer");
    }
}
