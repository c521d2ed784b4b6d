package fr.pacte.avenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.securite.Permission;
import fr.pacte.securite.Role;
import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The avenant's cycle PROJET → EN_REVUE → ACCORD → DELIBERE → EN_VIGUEUR (contracts/avenant.md § Transitions) on
 * the Vienne's "Avenant n° 1 — exercice 2025", reconducted from 2024: at every state, every move × every role answers
 * 403 (a role that may never make it) or 422 (a role that may, from the wrong state), nothing changed; then the
 * guards: mandatory comments, R-SEC-7, R-ADM-4 votes, the signature date; and the convention « en vigueur au » the
 * day before and the day of the signature.
 */
@PacteIntegrationTest
class AvenantTransitionsIT {

    private static final String AVENANTS = "/api/v1/conventions/{id}/avenants";

    /** One demo account per role that sees the Vienne (DOMAIN.md §9.17). */
    private static final Map<String, Role> COMPTES = new LinkedHashMap<>();

    static {
        COMPTES.put("agent.departement", Role.AGENT_DEPARTEMENT);
        COMPTES.put("valideur.vienne", Role.VALIDEUR_DEPARTEMENT);
        COMPTES.put("finances.vienne", Role.FINANCES_DEPARTEMENT);
        COMPTES.put("agent.prefecture", Role.AGENT_PREFECTURE_DEPARTEMENT);
        COMPTES.put("prefecture.na", Role.AGENT_PREFECTURE_REGION);
        COMPTES.put("finances.etat.na", Role.FINANCES_ETAT);
        COMPTES.put("admin", Role.ADMIN);
    }

    private static final String DELIBERATION = """
            {"organe": "COMMISSION_PERMANENTE", "numero": "CP-2025-04", "dateSeance": "2025-02-20",
             "pour": 33, "contre": 0, "abstentions": 3, "presents": 33, "representes": 3, "nePrennentPasPart": 0,
             "dateTransmission": "2025-02-27", "datePublication": "2025-02-27"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Autowired
    JsonMapper json;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private MockHttpServletRequestBuilder en(MockHttpServletRequestBuilder requete, String login) {
        return requete.with(user(utilisateurs.loadUserByUsername(login)));
    }

    private int transition(String login, String corps) throws Exception {
        return mvc.perform(en(post(AVENANTS + "/1/transitions", vienne()).contentType(MediaType.APPLICATION_JSON)
                .content(corps), login)).andReturn().getResponse().getStatus();
    }

    private String statut() {
        return jdbc.queryForObject("select statut from avenant where convention_id = ? and numero = 1", String.class,
                vienne());
    }

    /**
     * At the avenant's current state, every move the table does not start from here, asked by every role: 403 for a
     * role without the move's permission, 422 for one with it; the state does not change.
     */
    private void matrice(StatutAvenant actuel) throws Exception {
        List<String> ecarts = new ArrayList<>();
        for (StatutAvenant vers : StatutAvenant.values()) {
            for (Map.Entry<String, Role> compte : COMPTES.entrySet()) {
                boolean peut = TransitionAvenant.permissionsVers(vers).stream()
                        .anyMatch(p -> p.accordeeA(compte.getValue()));
                boolean existe = TransitionAvenant.entre(actuel, vers).isPresent();
                if (peut && existe) {
                    continue; // a real move: made below, with its guards
                }
                int attendu = peut ? 422 : 403;
                int obtenu = transition(compte.getKey(), "{\"vers\": \"" + vers + "\", \"commentaire\": \"essai\", "
                        + "\"date\": \"2025-03-14\", \"deliberation\": " + DELIBERATION + "}");
                if (obtenu != attendu) {
                    ecarts.add(actuel + " → " + vers + " par " + compte.getKey() + " : " + obtenu + " au lieu de "
                            + attendu);
                }
            }
        }
        assertThat(ecarts).isEmpty();
        assertThat(statut()).isEqualTo(actuel.name());
    }

    @Test
    @DisplayName("contracts/avenant.md — avenant n° 1 (2025, reconduction de 2024) : chaque transition × chaque rôle "
            + "(403 / 422), commentaires obligatoires, R-SEC-7, votes déséquilibrés refusés (R-ADM-4), signature "
            + "avant la séance refusée ; en vigueur le 14/03/2025, la veille montre la version 0 (2025 vide)")
    void theWholeCycleWithEveryRoleAndGuard() throws Exception {
        // PROJET: the starting point "reconduire les montants 2024" has no finding.
        String depart = mvc.perform(en(get(AVENANTS + "/reconduction", vienne()).param("exercice", "2025")
                        .param("numero", "1"), "agent.departement"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objet").value("Avenant n° 1 — exercice 2025"))
                .andExpect(jsonPath("$.complements[?(@.financeur == 'ETAT')].montant").value(578633.00))
                .andExpect(jsonPath("$.montantsConventionnels", hasSize(4)))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(en(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON).content(depart),
                        "agent.departement"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statut").value("PROJET"))
                .andExpect(jsonPath("$.constats", hasSize(0)));
        // 409: the number exists; a second avenant while this one is under way.
        mvc.perform(en(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON).content(depart),
                        "agent.departement"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AVENANT_EXISTANT"));
        mvc.perform(en(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"objet\": \"Un autre\"}"), "agent.departement"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AVENANT_EN_COURS"));
        matrice(StatutAvenant.PROJET);

        // PROJET → EN_REVUE by the valideur.
        assertThat(transition("valideur.vienne", "{\"vers\": \"EN_REVUE\"}")).isEqualTo(200);
        matrice(StatutAvenant.EN_REVUE);
        // EN_REVUE → PROJET needs a comment; then back under review.
        assertThat(transition("agent.prefecture", "{\"vers\": \"PROJET\"}")).isEqualTo(422);
        assertThat(transition("agent.prefecture", "{\"vers\": \"PROJET\", \"commentaire\": \"Précisez la fiche 13\"}"))
                .isEqualTo(200);
        assertThat(transition("agent.departement", "{\"vers\": \"EN_REVUE\"}")).isEqualTo(200);
        // R-SEC-7: the author of the avenant's document cannot agree to it.
        jdbc.update("update avenant set modifie_par = 'agent.prefecture' where convention_id = ? and numero = 1",
                vienne());
        mvc.perform(en(post(AVENANTS + "/1/transitions", vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ACCORD\"}"), "agent.prefecture"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("R-SEC-7")));
        jdbc.update("update avenant set modifie_par = 'agent.departement' where convention_id = ? and numero = 1",
                vienne());
        assertThat(transition("agent.prefecture", "{\"vers\": \"ACCORD\"}")).isEqualTo(200);
        matrice(StatutAvenant.ACCORD);

        // ACCORD → DELIBERE: the votes must balance (R-ADM-4).
        mvc.perform(en(post(AVENANTS + "/1/transitions", vienne()).contentType(MediaType.APPLICATION_JSON).content(
                        "{\"vers\": \"DELIBERE\", \"deliberation\": " + DELIBERATION.replace("\"pour\": 33", "\"pour\": 34")
                                + "}"), "finances.vienne"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("ne s'équilibrent pas")))
                .andExpect(jsonPath("$.erreur").value(containsString("34 pour")));
        mvc.perform(en(post(AVENANTS + "/1/transitions", vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"DELIBERE\", \"deliberation\": {\"organe\": \"COMMISSION_PERMANENTE\"}}"),
                        "finances.vienne"))
                .andExpect(status().isUnprocessableContent());
        assertThat(statut()).isEqualTo("ACCORD");
        assertThat(transition("finances.vienne", "{\"vers\": \"DELIBERE\", \"deliberation\": " + DELIBERATION + "}"))
                .isEqualTo(200);
        matrice(StatutAvenant.DELIBERE);

        // DELIBERE → EN_VIGUEUR: the signature is not before the séance.
        mvc.perform(en(post(AVENANTS + "/1/transitions", vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"EN_VIGUEUR\", \"date\": \"2025-02-19\"}"), "finances.vienne"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("précède la séance du 20/02/2025")));
        assertThat(transition("finances.vienne", "{\"vers\": \"EN_VIGUEUR\", \"date\": \"2025-03-14\"}"))
                .isEqualTo(200);
        matrice(StatutAvenant.EN_VIGUEUR);

        mvc.perform(en(get(AVENANTS, vienne()), "agent.prefecture"))
                .andExpect(jsonPath("$[0].numero").value(1))
                .andExpect(jsonPath("$[0].statut").value("EN_VIGUEUR"))
                .andExpect(jsonPath("$[0].dateEntreeVigueur").value("2025-03-14"));
        mvc.perform(en(get("/api/v1/conventions/{id}/versions", vienne()), "agent.prefecture"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].version").value(0))
                .andExpect(jsonPath("$[0].enVigueurJusquau").value("2025-03-13"))
                .andExpect(jsonPath("$[1].version").value(1))
                .andExpect(jsonPath("$[1].avenant").value(1))
                .andExpect(jsonPath("$[1].enVigueurDu").value("2025-03-14"))
                .andExpect(jsonPath("$[1].enVigueurJusquau").doesNotExist());
        // R-DATE-6: the 2025 tableau financier in force, the day of the signature, and the day before.
        String tableau = "/api/v1/conventions/{id}/tableau-financier";
        mvc.perform(en(get(tableau, vienne()).param("annee", "2025"), "agent.prefecture"))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00))
                .andExpect(jsonPath("$.champs[0].total").value(1815650.00));
        mvc.perform(en(get(tableau, vienne()).param("annee", "2025").param("enVigueurAu", "2025-03-14"),
                        "agent.prefecture"))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
        mvc.perform(en(get(tableau, vienne()).param("annee", "2025").param("enVigueurAu", "2025-03-13"),
                        "agent.prefecture"))
                .andExpect(jsonPath("$.champs[0].etat").value(0.00));
        mvc.perform(en(get(tableau, vienne()).param("annee", "2024").param("version", "1"), "agent.prefecture"))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
        // A version in force is read-only: a change opens the next draft, v1 keeps its figures.
        assertThat(json.readTree(mvc.perform(en(get(AVENANTS + "/1/comparaison", vienne()), "agent.prefecture"))
                .andReturn().getResponse().getContentAsString()).get("statut").asString()).isEqualTo("EN_VIGUEUR");
    }
}
