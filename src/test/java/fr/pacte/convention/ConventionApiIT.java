package fr.pacte.convention;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API on the Vienne 2024 demo data (DOMAIN.md §8 FX-1, FX-6, FX-8) and its scoping (R-SEC-2). */
@PacteIntegrationTest
class ConventionApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    @Test
    @DisplayName("R-FIN-3 — FX-1 : l'API donne le TOTAL FINANCIER solidarités 2024 de 1 815 650,00 €")
    void tableauFinancierGivesTheSolidaritesTotals() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.annee").value(2024))
                .andExpect(jsonPath("$.champs[0].code").value("SOL"))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00))
                .andExpect(jsonPath("$.champs[0].departement").value(701524.00))
                .andExpect(jsonPath("$.champs[0].autres").value(535493.00))
                .andExpect(jsonPath("$.champs[0].total").value(1815650.00))
                .andExpect(jsonPath("$.champs[0].axes[0].etat").value(238205.00))
                .andExpect(jsonPath("$.champs[0].axes[0].total").value(1129794.00))
                .andExpect(jsonPath("$.champs[0].axes[1].departement").value(235000.00))
                .andExpect(jsonPath("$.champs[0].axes[1].total").value(465000.00))
                .andExpect(jsonPath("$.champs[0].axes[2].etat").value(110428.00))
                .andExpect(jsonPath("$.champs[0].axes[2].total").value(220856.00))
                .andExpect(jsonPath("$.champs[0].axes[0].lignes[0].fiche").value("1"))
                .andExpect(jsonPath("$.champs[0].axes[0].lignes[0].etat").value(93507.00))
                .andExpect(jsonPath("$.champs[0].axes[0].lignes[0].departement").value(146000.00))
                .andExpect(jsonPath("$.champs[0].axes[0].lignes[0].autres").value(535493.00))
                .andExpect(jsonPath("$.champs[0].axes[0].lignes[0].total").value(775000.00));
    }

    @Test
    @DisplayName("R-FIN-6 — FX-6 : la fiche 9 figure sur les axes 2 et 3 pour 25 000 + 25 428 = 50 428 € d'État")
    void ficheNineAppearsOnBothAxes() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.champs[0].axes[1].lignes[?(@.fiche == '9')].etat").value(25000.00))
                .andExpect(jsonPath("$.champs[0].axes[2].lignes[?(@.fiche == '9')].etat").value(25428.00))
                .andExpect(jsonPath("$.champs[0].axes[2].lignes[?(@.fiche == '9')].total").value(50856.00));
    }

    @Test
    @DisplayName("R-FIN-4 — FX-8 : France Travail, État 553 608 € dont volet 2 447 608 € ; convention 1 132 241 €")
    void franceTravailStateMoney() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.champs[1].code").value("FT"))
                .andExpect(jsonPath("$.champs[1].etat").value(553608.00))
                .andExpect(jsonPath("$.champs[1].axes[0].numero").value("1"))
                .andExpect(jsonPath("$.champs[1].axes[0].etat").value(106000.00))
                .andExpect(jsonPath("$.champs[1].axes[1].numero").value("2"))
                .andExpect(jsonPath("$.champs[1].axes[1].etat").value(447608.00))
                .andExpect(jsonPath("$.champs[1].axes[1].departement").value(486710.00))
                .andExpect(jsonPath("$.champs[1].axes", hasSize(2)))
                .andExpect(jsonPath("$.totaux.etat").value(1132241.00));
    }

    @Test
    @DisplayName("Montants en JSON : nombres à deux décimales")
    void amountsAreNumbersWithTwoDecimals() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"etat\":93507.00")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":1815650.00")));
    }

    @Test
    @DisplayName("R-SEC-2 — un agent d'un autre Département reçoit 404 sur la Vienne et ne la voit pas dans sa liste")
    void anotherDepartementSeesNothingOfTheVienne() throws Exception {
        long id = vienne();
        mvc.perform(get("/api/v1/conventions/{id}", id).with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("Vienne"))));
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", id).param("annee", "2024")
                        .with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[*].numero", not(hasItem("2024-C-DGAS-DAS-0001"))));
    }

    @Test
    @DisplayName("R-SEC-3 — la préfecture de la Vienne voit les conventions de la Vienne (le contrat 2024 et le PDI/PTI 2011-2013) et elles seules")
    void prefectureSeesItsDepartement() throws Exception {
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].numero").value("2024-C-DGAS-DAS-0001"))
                .andExpect(jsonPath("$[1].numero").value("PDI-PTI-2011-2013"))
                .andExpect(jsonPath("$[*].departement", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("Vienne"))));
        mvc.perform(get("/api/v1/conventions/{id}", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.champs", hasSize(2)))
                .andExpect(jsonPath("$.fiches", hasSize(23)));
    }

    @Test
    @DisplayName("R-SEC-4 — la préfecture de région voit la Vienne ; un Département sans convention ne voit rien")
    void regionSeesItsDepartementsAndAnEmptyDepartementSeesNothing() throws Exception {
        mvc.perform(get("/api/v1/conventions").with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].numero", hasItem("2024-C-DGAS-DAS-0001")))
                .andExpect(jsonPath("$[*].numero", not(hasItem("2022-C-DEMO-0001"))));
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/conventions/{id}", vienne()).with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("R-SEC-11 — après cinq mots de passe faux, même le bon est refusé (connexion freinée)")
    void loginIsThrottled() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/conventions").with(httpBasic("ddets86", "faux" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/conventions").with(httpBasic("ddets86", "demo"))).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("R-SEC-11 — sans identifiants, l'API répond 401 ; un mauvais mot de passe aussi")
    void apiNeedsCredentials() throws Exception {
        mvc.perform(get("/api/v1/conventions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.departement", "mauvais")))
                .andExpect(status().isUnauthorized());
    }
}
