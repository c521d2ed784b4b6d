package fr.pacte.indicateur.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator API on the Vienne demo data: shape of the answer, writes with the grid's validation, scoping. */
@PacteIntegrationTest
class IndicateurApiIT {

    private static final String ENFANTS = "$[?(@.fiche == '1' && @.libelle == \"Nombre d'enfants accompagnés\")]";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private long lien(String fiche, String libelle) {
        return jdbc.queryForObject("select lf.id from indicateur_fiche lf join indicateur i on i.id = lf.indicateur_id "
                + "join fiche_action f on f.id = lf.fiche_id where lf.convention_id = ? and f.numero = ? and i.libelle = ?",
                Long.class, vienne(), fiche, libelle);
    }

    @Test
    @DisplayName("R-IND-3 — API : fiche 1 « Nombre d'enfants accompagnés » : T0 2023 « 52 », cible 2024 « 60 », nombre et code")
    void listsIndicatorsWithTypedValues() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/indicateurs", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThan(100))))
                .andExpect(jsonPath(ENFANTS + ".portee").value("LOCAL"))
                .andExpect(jsonPath(ENFANTS + ".unite").value("enfants"))
                .andExpect(jsonPath(ENFANTS + ".valeurs[0].annee").value(2023))
                .andExpect(jsonPath(ENFANTS + ".valeurs[0].nature").value("T0"))
                .andExpect(jsonPath(ENFANTS + ".valeurs[0].texte").value("52"))
                .andExpect(jsonPath(ENFANTS + ".valeurs[0].nombre").value(52))
                .andExpect(jsonPath(ENFANTS + ".valeurs[1].nature").value("CIBLE"))
                .andExpect(jsonPath(ENFANTS + ".valeurs[1].annee").value(2024))
                .andExpect(jsonPath(ENFANTS + ".valeurs[1].texte").value("60"))
                .andExpect(jsonPath(ENFANTS + ".valeurs[1].code").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$[?(@.libelle == 'Pourcentage de familles monoparentales')].valeurs[0].nombre")
                        .value(18))
                .andExpect(jsonPath("$[?(@.libelle == 'Pourcentage de familles monoparentales')].valeurs[0].texte")
                        .value("18\u00A0%"))
                .andExpect(jsonPath("$[?(@.libelle == \"Nombre de parcours d'insertion impulsés\")].valeurs[0].code")
                        .value("NON_CONNU"))
                .andExpect(jsonPath("$[?(@.libelle == \"Nombre de parcours d'insertion impulsés\")].valeurs[0].nombre")
                        .value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(jsonPath("$[?(@.fiche == '22' && @.libelle == \"Nombre de nouveaux bénéficiaires du RSA orientés "
                        + "vers l'action en 2024\")].valeurs[0].code").value("ACTION_NOUVELLE"))
                .andExpect(jsonPath("$[?(@.fiche == '9' && @.portee == 'NATIONAL')].valeurs[1].nombre").value(0.5));
    }

    @Test
    @DisplayName("R-IND-4 — API : écrire un résultat (texte, code ou nombre) puis le relire ; effacer le rend « non saisi »")
    void writesReadsAndClearsAValue() throws Exception {
        long enfants = lien("1", "Nombre d'enfants accompagnés");
        String url = "/api/v1/conventions/{id}/indicateurs/{ind}/valeurs/{annee}/{nature}";

        mvc.perform(put(url, vienne(), enfants, 2025, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"66\", \"commentaire\": \"bilan CAF\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texte").value("66"))
                .andExpect(jsonPath("$.nombre").value(66))
                .andExpect(jsonPath("$.commentaire").value("bilan CAF"))
                .andExpect(jsonPath("$.statut").value("SAISIE"));
        mvc.perform(put(url, vienne(), enfants, 2026, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"NON_CONNU\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texte").value("Non connu"))
                .andExpect(jsonPath("$.code").value("NON_CONNU"));
        mvc.perform(post("/api/v1/conventions/{id}/indicateurs/{ind}/valeurs", vienne(), enfants)
                        .with(httpBasic("agent.departement", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"annee\": 2027, \"nature\": \"RESULTAT\", \"nombre\": 71}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.texte").value("71"));
        mvc.perform(get("/api/v1/conventions/{id}/indicateurs", vienne()).with(httpBasic("agent.departement", "demo")))
                .andExpect(jsonPath(ENFANTS + ".valeurs[?(@.nature == 'RESULTAT' && @.annee == 2025)].nombre").value(66))
                .andExpect(jsonPath(ENFANTS + ".valeurs[?(@.nature == 'RESULTAT' && @.annee == 2026)].code")
                        .value("NON_CONNU"));

        mvc.perform(delete(url, vienne(), enfants, 2026, "RESULTAT").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/conventions/{id}/indicateurs", vienne()).with(httpBasic("agent.departement", "demo")))
                .andExpect(jsonPath(ENFANTS + ".valeurs[?(@.nature == 'RESULTAT' && @.annee == 2026)]", hasSize(0)));
    }

    @Test
    @DisplayName("R-IND-3 — API : valeur invalide, période hors du champ, nature inconnue ou deux valeurs : 400 avec un message en français")
    void refusesInvalidInputWithFrenchMessages() throws Exception {
        long enfants = lien("1", "Nombre d'enfants accompagnés");
        String url = "/api/v1/conventions/{id}/indicateurs/{ind}/valeurs/{annee}/{nature}";

        mvc.perform(put(url, vienne(), enfants, 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"-5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("indicateur.valeur.negative"))
                .andExpect(jsonPath("$.erreur").value(containsString("La valeur « -5 » n'est pas valide")));
        mvc.perform(put(url, vienne(), enfants, 2031, "CIBLE").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"70\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("les cibles et résultats vont de 2024 à 2027")));
        mvc.perform(put(url, vienne(), enfants, 2024, "T0").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"50\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("le T0 est la situation au 31/12/2023")));
        mvc.perform(put(url, vienne(), enfants, 2024, "PREVISION").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"50\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("T0, CIBLE ou RESULTAT")));
        mvc.perform(put(url, vienne(), enfants, 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"50\", \"code\": \"NC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("Donnez exactement une valeur")));
        mvc.perform(put(url, vienne(), enfants, 2024, "RESULTAT").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"INCONNU\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("les codes possibles sont NON_CONNU")));
    }

    @Test
    @DisplayName("R-SEC-2 — écriture : 403 pour la préfecture, 404 pour un autre Département ; sans identifiants 401")
    void writesAreForTheDepartementAgentsOnly() throws Exception {
        long enfants = lien("1", "Nombre d'enfants accompagnés");
        String url = "/api/v1/conventions/{id}/indicateurs/{ind}/valeurs/{annee}/{nature}";

        mvc.perform(put(url, vienne(), enfants, 2024, "RESULTAT").with(httpBasic("agent.prefecture", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"59\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(url, vienne(), enfants, 2024, "RESULTAT").with(httpBasic("agent.autre", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"59\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conventions/{id}/indicateurs", vienne()).with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conventions/{id}/indicateurs", vienne())).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("R-IND-13 — soumettre 2024 par l'API est refusé (422) tant que des résultats manquent")
    void submissionRefusedWhileResultsAreMissing() throws Exception {
        mvc.perform(post("/api/v1/conventions/{id}/indicateurs/soumission", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("des résultats manquent")))
                .andExpect(jsonPath("$.code").value("indicateur.api.soumission-refusee"))
                .andExpect(jsonPath("$.constats[0].code").value("INDICATEUR_RESULTAT_MANQUANT"))
                .andExpect(jsonPath("$.constats[0].gravite").value("ERREUR"));
    }

    @Test
    @DisplayName("R-IND-1 — les contrôles des indicateurs donnent les deux divergences entre annexes (fiches 6 et 10)")
    void controlsGiveTheCrossAnnexMismatches() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/indicateurs/controles", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'INDICATEUR_ANNEXES')]", hasSize(2)))
                .andExpect(jsonPath("$[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '6')].declare").value(320))
                .andExpect(jsonPath("$[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '6')].calcule").value(259))
                .andExpect(jsonPath("$[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '10')].declare").value(360))
                .andExpect(jsonPath("$[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '10')].calcule").value(390));
    }

    @Test
    @DisplayName("R-IND-1 — OpenAPI : les routes des indicateurs sont décrites")
    void openApiDescribesTheRoutes() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/conventions/{id}/indicateurs'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/conventions/{id}/indicateurs/{indicateurId}/valeurs/{annee}/{nature}'].put")
                        .exists());
    }
}
