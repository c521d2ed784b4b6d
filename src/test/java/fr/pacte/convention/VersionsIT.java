package fr.pacte.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.Formulaire;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Versions of a convention (DOMAIN.md §3.2, contracts/avenant.md): version 0 of the Vienne, reads "as it was" with
 * ?version= and ?enVigueurAu=, and a draft version 1 that a change opens without touching the version in force.
 */
@PacteIntegrationTest
class VersionsIT {

    private static final String TABLEAU = "/api/v1/conventions/{id}/tableau-financier";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    /** Fiche 7's État 2024 amount changed through its form: the first change to the signed Vienne opens v1. */
    private void changerFiche7(String etat2024) throws Exception {
        long fiche7 = DemoVienne.fiche(jdbc, "7");
        String html = mvc.perform(get("/conventions/{c}/fiches-actions/{f}/modifier", vienne(), fiche7)
                        .with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Formulaire form = Formulaire.de(html, "form.formulaire[action$=/modifier]").avec("budget[0].etat", etat2024);
        mvc.perform(form.sur(post(form.action())).with(user(utilisateurs.loadUserByUsername("agent.departement")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("GET …/versions liste la version 0 de la Vienne, en vigueur sans date de début (Q12)")
    void versionZeroOfTheVienne() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/versions", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].version").value(0))
                .andExpect(jsonPath("$[0].avenant").doesNotExist())
                .andExpect(jsonPath("$[0].enVigueurDu").doesNotExist())
                .andExpect(jsonPath("$[0].statut").value("EN_VIGUEUR"));
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("version", "0")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00))
                .andExpect(jsonPath("$.champs[0].total").value(1815650.00));
    }

    @Test
    @DisplayName("R-DATE-6 — ?enVigueurAu= la veille de la signature répond 404 en français, le jour même la version 0")
    void enVigueurAuBeforeAndAfterTheSignature() throws Exception {
        jdbc.update("update convention_version set date_entree_vigueur = date '2024-05-02' where convention_id = ?",
                vienne());
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("enVigueurAu", "2024-05-01")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Aucune version de la convention n'était en vigueur le 01/05/2024")));
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("enVigueurAu", "2024-05-02")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
        mvc.perform(get("/api/v1/conventions/{id}/versions", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$[0].enVigueurDu").value("2024-05-02"));
    }

    @Test
    @DisplayName("R-SEC-8 — un changement de la convention signée va dans le brouillon v1 : visible avec ?version=1 "
            + "seulement, la version 0 reste à 578 633,00 €")
    void aDraftShowsItsChangesOnlyThroughItsVersion() throws Exception {
        changerFiche7("12 000,00");
        mvc.perform(get("/api/v1/conventions/{id}/versions", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].version").value(1))
                .andExpect(jsonPath("$[1].statut").value("BROUILLON"));
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("version", "1")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(580633.00));
        for (String version : new String[] {"0", null}) {
            var requete = get(TABLEAU, vienne()).param("annee", "2024");
            if (version != null) {
                requete.param("version", version);
            }
            mvc.perform(requete.with(httpBasic("agent.prefecture", "demo")))
                    .andExpect(jsonPath("$.champs[0].etat").value(578633.00))
                    .andExpect(jsonPath("$.champs[0].total").value(1815650.00));
        }
        // The draft's row replaced fiche 7's État line for v1 only; v0's row is closed, never changed.
        assertThat(jdbc.queryForList("select montant, version_debut, version_fin from ligne_financement l "
                + "join fiche_action f on f.id = l.fiche_id where f.id = ? and l.exercice = 2024 and l.financeur = 'ETAT' "
                + "order by version_debut", DemoVienne.fiche(jdbc, "7")))
                .extracting(m -> m.get("montant") + " [" + m.get("version_debut") + "," + m.get("version_fin") + ")")
                .containsExactly("10000.00 [0,1)", "12000.00 [1,null)");
        // The pages say which version they show.
        mvc.perform(get("/conventions/{id}/tableau-financier", vienne()).param("annee", "2024").param("version", "1")
                        .with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(content().string(containsString("projet de version 1 (brouillon)")))
                .andExpect(content().string(containsString("580\u202F633,00\u00A0€")));
    }

    @Test
    @DisplayName("Une version inconnue répond 404, une option mal écrite ou deux options à la fois 400, en français")
    void unknownOrMalformedVersion() throws Exception {
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("version", "9")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("pas de version 9")));
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("enVigueurAu", "12/04/2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get(TABLEAU, vienne()).param("annee", "2024").param("version", "0").param("avenant", "1")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isBadRequest());
    }
}
