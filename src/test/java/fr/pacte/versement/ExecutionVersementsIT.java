package fr.pacte.versement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.ExecutionVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Execution, bilan financier, credits, versements and échéances of the Vienne through the API (contracts/
 * execution-rapport.md). One database for the class: the FT 2024 execution is written by one test only, the others
 * read the plan, the SOL champ or the schedule before the bilan final.
 */
@PacteIntegrationTest
class ExecutionVersementsIT {

    private static final String FT_ACOMPTE = "$[?(@.champ == 'FT' && @.exercice == 2024 && @.type == 'ACOMPTE')]";
    private static final String FT_SOLDE = "$[?(@.champ == 'FT' && @.exercice == 2024 && @.type == 'SOLDE')]";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    @Test
    @DisplayName("FX-9, FX-10 — France Travail 2024 : acompte 60 % = 332 164,80 € EXIGIBLE, solde 221 443,20 € "
            + "CONDITIONNEL « Bilan final non transmis » ; solidarités 2024 578 633,00 € à la signature ; 2025 "
            + "CONDITIONNEL « Avenant 2025 non signé » ; 2027 pas encore créé (R-PAY-11)")
    void scheduleOfTheVienne() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/versements", vienne()).with(httpBasic("finances.etat.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(FT_ACOMPTE + ".montant").value(hasItem(332164.80)))
                .andExpect(jsonPath(FT_ACOMPTE + ".pourcentage").value(hasItem(60.0)))
                .andExpect(jsonPath(FT_ACOMPTE + ".statut").value(hasItem("EXIGIBLE")))
                .andExpect(jsonPath(FT_SOLDE + ".montant").value(hasItem(221443.20)))
                .andExpect(jsonPath(FT_SOLDE + ".statut").value(hasItem("CONDITIONNEL")))
                .andExpect(jsonPath(FT_SOLDE + ".motif").value(hasItem("Bilan final non transmis")))
                .andExpect(jsonPath("$[?(@.champ == 'SOL' && @.exercice == 2024)].montant").value(hasItem(578633.00)))
                .andExpect(jsonPath("$[?(@.champ == 'SOL' && @.exercice == 2024)].statut").value(hasItem("EXIGIBLE")))
                .andExpect(jsonPath("$[?(@.champ == 'SOL' && @.exercice == 2025)].statut").value(hasItem("CONDITIONNEL")))
                .andExpect(jsonPath("$[?(@.champ == 'SOL' && @.exercice == 2025)].motif")
                        .value(hasItem("Avenant 2025 non signé")))
                .andExpect(jsonPath("$[?(@.champ == 'SOL' && @.exercice == 2025)].montant").value(hasItem(578633.00)))
                .andExpect(jsonPath("$[?(@.champ == 'SOL' && @.exercice == 2027)]").isEmpty());
    }

    @Test
    @DisplayName("R-PAY-5, R-PAY-6 — ordonnancer le solde non exigible : 422 avec le motif ; ordonnancer l'acompte FT : "
            + "422, centre de coût MI6DDETSXX (FX-24) et aucun EJ ; un agent du Département : 403")
    void orderingIsRefusedWithItsReason() throws Exception {
        long solde = jdbc.queryForObject("select v.id from versement v join champ ch on ch.id = v.champ_id "
                + "where ch.code = 'FT' and v.ordre = 2", Long.class);
        long acompte = jdbc.queryForObject("select v.id from versement v join champ ch on ch.id = v.champ_id "
                + "where ch.code = 'FT' and v.ordre = 1", Long.class);
        mvc.perform(post("/api/v1/conventions/{id}/versements/{v}/transitions", vienne(), solde)
                        .with(httpBasic("finances.etat.na", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ORDONNANCE\", \"ej\": \"2103456789\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VERSEMENT_NON_EXIGIBLE"))
                .andExpect(jsonPath("$.erreur").value(containsString("Bilan final non transmis")));
        mvc.perform(post("/api/v1/conventions/{id}/versements/{v}/transitions", vienne(), acompte)
                        .with(httpBasic("finances.etat.na", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ORDONNANCE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ORDONNANCEMENT_BLOQUE"))
                .andExpect(jsonPath("$.erreur").value(containsString("MI6DDETSXX")))
                .andExpect(jsonPath("$.erreur").value(containsString("engagement juridique")));
        mvc.perform(post("/api/v1/conventions/{id}/versements/{v}/transitions", vienne(), acompte)
                        .with(httpBasic("finances.vienne", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ORDONNANCE\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("Contrat — crédits 2024 : solidarités nouveaux 578 633,00, reportés 0, reste à verser 578 633,00 ; "
            + "France Travail 553 608,00")
    void creditsOfTheExercice() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/credits/2024", vienne()).with(httpBasic("finances.vienne", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.champ == 'SOL')].nouveaux").value(hasItem(578633.00)))
                .andExpect(jsonPath("$[?(@.champ == 'SOL')].reportes").value(hasItem(0.0)))
                .andExpect(jsonPath("$[?(@.champ == 'SOL')].resteAVerser").value(hasItem(578633.00)))
                .andExpect(jsonPath("$[?(@.champ == 'FT')].financeur").value(hasItem("ETAT")))
                .andExpect(jsonPath("$[?(@.champ == 'FT')].disponibles").value(hasItem(553608.00)));
    }

    @Test
    @DisplayName("FX-11, Q9 — échéances au 01/03/2025 : bilan final FT 2025-03-31 PROCHE, mi-parcours SOL 2026-03-31, "
            + "dénonciation FT 2024-10-31 DEPASSEE et SOL 2027-10-31 ; au 01/04/2025 le bilan final est DEPASSEE")
    void deadlinesDerivedFromTheClauses() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/echeances?au=2025-03-01", vienne())
                        .with(httpBasic("ddets86", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'BILAN_FINAL' && @.champ == 'FT')].date").value(hasItem("2025-03-31")))
                .andExpect(jsonPath("$[?(@.code == 'BILAN_FINAL' && @.champ == 'FT')].statut").value(hasItem("PROCHE")))
                .andExpect(jsonPath("$[?(@.code == 'RAPPORT_MI_PARCOURS' && @.champ == 'SOL')].date")
                        .value(hasItem("2026-03-31")))
                .andExpect(jsonPath("$[?(@.code == 'DENONCIATION' && @.champ == 'FT')].date").value(hasItem("2024-10-31")))
                .andExpect(jsonPath("$[?(@.code == 'DENONCIATION' && @.champ == 'FT')].statut").value(hasItem("DEPASSEE")))
                .andExpect(jsonPath("$[?(@.code == 'DENONCIATION' && @.champ == 'SOL')].date").value(hasItem("2027-10-31")))
                .andExpect(jsonPath("$[?(@.code == 'AVENANT_EXERCICE' && @.champ == 'SOL')].date")
                        .value(hasItem("2025-01-01")));
        mvc.perform(get("/api/v1/echeances?au=2025-04-01").with(httpBasic("finances.vienne", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'BILAN_FINAL' && @.champ == 'FT')].statut").value(hasItem("DEPASSEE")));
        mvc.perform(get("/api/v1/echeances?au=2025-03-31").with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    @DisplayName("R-PAY-7, R-PAY-12 — exécution SOL 2024 : fiche 7 à 12 000 / 25 000 → SOUS_CONSOMMATION 48,00 % < 80,00 % "
            + "puis justifiée ; fiche 13 EXECUTION_SANS_PREVU ; fiche 11 SUR_EXECUTION ; le plan ne change pas")
    void executionOfSolidarites() throws Exception {
        String plan = jdbc.queryForObject("select sum(montant)::text from ligne_financement", String.class);
        mvc.perform(put("/api/v1/conventions/{id}/execution/2024", vienne()).with(httpBasic("finances.vienne", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lignes": [
                                  {"fiche": "7", "axe": "2", "financeur": "ETAT", "nature": "CREDITS_NOUVEAUX", "montant": 6000.00, "date": "2024-06-15", "piece": "mandat 2024-7"},
                                  {"fiche": "7", "axe": "2", "financeur": "DEPARTEMENT", "montant": 6000.00, "date": "2024-06-15", "piece": "mandat 2024-7"},
                                  {"fiche": "13", "axe": "3", "financeur": "ETAT", "montant": 1000.00, "date": "2024-09-01", "piece": "mandat 2024-13"},
                                  {"fiche": "11", "axe": "3", "financeur": "ETAT", "montant": 35000.00, "date": "2024-10-01", "piece": "mandat 2024-11"},
                                  {"fiche": "11", "axe": "3", "financeur": "DEPARTEMENT", "montant": 30000.00, "date": "2024-10-01", "piece": "mandat 2024-11"}
                                ]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enregistre").value(true))
                .andExpect(jsonPath("$.ajoutees").value(5));
        String fiche7 = "$.fiches[?(@.fiche == '7')]";
        mvc.perform(get("/api/v1/conventions/{id}/bilan-financier/2024", vienne()).with(httpBasic("ddets86", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exercice").value(2024))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath(fiche7 + ".prevu.etat").value(hasItem(10000.00)))
                .andExpect(jsonPath(fiche7 + ".prevu.total").value(hasItem(25000.00)))
                .andExpect(jsonPath(fiche7 + ".execute.total").value(hasItem(12000.00)))
                .andExpect(jsonPath(fiche7 + ".nonConsomme.etat").value(hasItem(4000.00)))
                .andExpect(jsonPath(fiche7 + ".nonConsomme.departement").value(hasItem(9000.00)))
                .andExpect(jsonPath(fiche7 + ".taux").value(hasItem(48.00)))
                .andExpect(jsonPath("$.constats[?(@.code == 'SOUS_CONSOMMATION' && @.fiche == '7')].declare")
                        .value(hasItem(48.00)))
                .andExpect(jsonPath("$.constats[?(@.code == 'SOUS_CONSOMMATION' && @.fiche == '7')].calcule")
                        .value(hasItem(80.00)))
                .andExpect(jsonPath("$.constats[?(@.code == 'EXECUTION_SANS_PREVU' && @.fiche == '13')]").isNotEmpty())
                .andExpect(jsonPath("$.constats[?(@.code == 'SUR_EXECUTION' && @.fiche == '11')].declare")
                        .value(hasItem(108.33)))
                .andExpect(jsonPath("$.champs[?(@.champ == 'SOL')].prevu.etat").value(hasItem(578633.00)))
                .andExpect(jsonPath("$.reductions[?(@.fiche == '14')].reduction").value(hasItem(20000.00)));
        long fiche7Id = DemoVienne.fiche(jdbc, "7");
        mvc.perform(put("/api/v1/conventions/{id}/execution/2024/justifications/{f}", vienne(), fiche7Id)
                        .with(httpBasic("agent.vienne", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texte\": \"Trajectoire de montée en charge : déploiement au second semestre\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/conventions/{id}/bilan-financier/2024", vienne()).with(httpBasic("ddets86", "demo")))
                .andExpect(jsonPath("$.constats[?(@.code == 'SOUS_CONSOMMATION' && @.fiche == '7')]").isEmpty());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select sum(montant)::text from ligne_financement",
                String.class)).isEqualTo(plan);
    }

    @Test
    @DisplayName("Contrat — exécution refusée : fiche inconnue, axe hors champ, montant négatif → 422, rien "
            + "d'enregistré ; un agent de préfecture → 403")
    void structuralErrorsSaveNothing() throws Exception {
        Integer avant = jdbc.queryForObject("select count(*) from ligne_execution where exercice = 2025", Integer.class);
        mvc.perform(put("/api/v1/conventions/{id}/execution/2025", vienne()).with(httpBasic("agent.vienne", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lignes": [
                                  {"fiche": "13", "axe": "3", "financeur": "ETAT", "montant": 5000.00},
                                  {"fiche": "99", "axe": "3", "financeur": "ETAT", "montant": 5000.00},
                                  {"fiche": "13", "axe": "7", "financeur": "ETAT", "montant": 5000.00},
                                  {"fiche": "13", "axe": "3", "financeur": "DEPARTEMENT", "montant": -1}
                                ]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.enregistre").value(false))
                .andExpect(jsonPath("$.constats[?(@.code == 'FICHE_INCONNUE')].ligne").value(hasItem(2)))
                .andExpect(jsonPath("$.constats[?(@.code == 'AXE_INCONNU')].ligne").value(hasItem(3)))
                .andExpect(jsonPath("$.constats[?(@.code == 'MONTANT_INVALIDE')].ligne").value(hasItem(4)));
        mvc.perform(put("/api/v1/conventions/{id}/execution/2024", vienne()).with(httpBasic("ddets86", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lignes\": []}"))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from ligne_execution where exercice = 2025", Integer.class)).isEqualTo(avant);
    }

    @Test
    @DisplayName("R-SEC-9 — le compte du bénéficiaire n'est donné qu'aux rôles financiers ; FX-25 : il est valide")
    void accountForFinanceRolesOnly() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/imputations", vienne()).with(httpBasic("finances.etat.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.compte.iban").value("FR753000100639D869000000081"))
                .andExpect(jsonPath("$.compte.valide").value(true))
                .andExpect(jsonPath("$.etat[?(@.champ == 'FT')].constats[*].code").value(hasItem("MARQUEUR_MODELE")));
        mvc.perform(get("/api/v1/conventions/{id}/imputations", vienne()).with(httpBasic("agent.vienne", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.compte").doesNotExist());
    }
}
