package fr.pacte.revue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.securite.Role;
import fr.pacte.shared.web.ReponsesErreur;
import fr.pacte.support.DemoVienne;
import fr.pacte.support.Formulaire;
import fr.pacte.support.PacteIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review of fiches-actions (DOMAIN.md §6.3, contracts/avenant.md § Review) inside the draft of the Vienne's
 * avenant n° 1: every move × every role (403 / 422), mandatory comments, R-WF-2 contested lines, R-WF-3 an ERREUR
 * blocks the submission, R-SEC-7, R-WF-4 a locked fiche refuses every edit (page and API, 409). Each test has its
 * own fiche.
 */
@PacteIntegrationTest
class RevueFicheIT {

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

    /** The fiches are reviewed inside the draft of avenant n° 1 (2025 reconducted from 2024), opened once. */
    @BeforeEach
    void avenantEnProjet() throws Exception {
        if (jdbc.queryForObject("select count(*) from avenant", Integer.class) > 0) {
            return;
        }
        String depart = mvc.perform(en(get("/api/v1/conventions/{id}/avenants/reconduction", vienne())
                .param("exercice", "2025"), "agent.departement")).andReturn().getResponse().getContentAsString();
        mvc.perform(en(post("/api/v1/conventions/{id}/avenants", vienne()).contentType(MediaType.APPLICATION_JSON)
                .content(depart), "agent.departement")).andExpect(status().isCreated());
    }

    private String url(String fiche) {
        return "/api/v1/conventions/" + vienne() + "/fiches-actions/" + DemoVienne.fiche(jdbc, fiche);
    }

    private int passer(String fiche, String login, StatutRevue vers, String commentaire) throws Exception {
        String corps = "{\"vers\": \"" + vers + "\"" + (commentaire == null ? "" : ", \"commentaire\": \""
                + commentaire + "\"") + "}";
        return mvc.perform(en(post(url(fiche) + "/transitions").contentType(MediaType.APPLICATION_JSON).content(corps),
                login)).andReturn().getResponse().getStatus();
    }

    private JsonNode revue(String fiche) throws Exception {
        return json.readTree(mvc.perform(en(get(url(fiche) + "/revue"), "agent.prefecture")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The id of the fiche's line of that exercice, financeur and nature in the review. */
    private long ligne(String fiche, int exercice, String financeur, String nature) throws Exception {
        for (JsonNode l : revue(fiche).get("lignes")) {
            if (l.get("exercice").asInt() == exercice && l.get("financeur").asString().equals(financeur)
                    && l.get("nature").asString().equals(nature)) {
                return l.get("id").asLong();
            }
        }
        throw new AssertionError("Pas de ligne " + exercice + " " + financeur + " " + nature);
    }

    private int revoirLigne(String fiche, long ligne, String login, String statut, String commentaire)
            throws Exception {
        String corps = "{\"statut\": \"" + statut + "\"" + (commentaire == null ? "" : ", \"commentaire\": \""
                + commentaire + "\"") + "}";
        return mvc.perform(en(post(url(fiche) + "/revue/lignes/" + ligne).contentType(MediaType.APPLICATION_JSON)
                .content(corps), login)).andReturn().getResponse().getStatus();
    }

    /** Every move that does not start from the fiche's state, by every role: 403 or 422, and nothing changes. */
    private void matrice(String fiche, StatutRevue actuel) throws Exception {
        List<String> ecarts = new ArrayList<>();
        for (StatutRevue vers : StatutRevue.values()) {
            for (Map.Entry<String, Role> compte : COMPTES.entrySet()) {
                boolean peut = TransitionFiche.permissionsVers(vers).stream()
                        .anyMatch(p -> p.accordeeA(compte.getValue()));
                if (peut && TransitionFiche.entre(actuel, vers).isPresent()) {
                    continue;
                }
                int obtenu = passer(fiche, compte.getKey(), vers, "essai");
                if (obtenu != (peut ? 422 : 403)) {
                    ecarts.add(actuel + " → " + vers + " par " + compte.getKey() + " : " + obtenu);
                }
            }
        }
        assertThat(ecarts).isEmpty();
        assertThat(revue(fiche).get("statut").asString()).isEqualTo(actuel.name());
    }

    @Test
    @DisplayName("R-WF-1 — fiche 12 : chaque transition × chaque rôle (403 / 422), retrait, renvoi avec commentaire "
            + "obligatoire, ligne contestée (R-WF-2) à laquelle on répond, validation refusée à l'auteur (R-SEC-7), "
            + "réouverture dans l'avenant avec commentaire, historique daté et signé")
    void everyMoveByEveryRole() throws Exception {
        matrice("12", StatutRevue.BROUILLON);
        assertThat(passer("12", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);
        matrice("12", StatutRevue.SOUMISE);
        assertThat(passer("12", "valideur.vienne", StatutRevue.BROUILLON, null)).isEqualTo(200);
        assertThat(passer("12", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);
        assertThat(passer("12", "agent.prefecture", StatutRevue.EN_REVUE, null)).isEqualTo(200);
        matrice("12", StatutRevue.EN_REVUE);

        long etat2025 = ligne("12", 2025, "ETAT", "CREDITS_NOUVEAUX");
        assertThat(revoirLigne("12", etat2025, "agent.departement", "CONTESTEE", "non")).isEqualTo(403);
        assertThat(revoirLigne("12", etat2025, "agent.prefecture", "CONTESTEE", null)).isEqualTo(422);
        assertThat(revoirLigne("12", etat2025, "agent.prefecture", "CONTESTEE",
                "Le coût global de 88 658 € n'est pas justifié")).isEqualTo(200);
        assertThat(passer("12", "agent.prefecture", StatutRevue.VALIDEE, null)).isEqualTo(422);
        assertThat(passer("12", "agent.prefecture", StatutRevue.A_CORRIGER, null)).isEqualTo(422);
        assertThat(passer("12", "prefecture.na", StatutRevue.A_CORRIGER, "Voir la ligne État 2025")).isEqualTo(200);
        matrice("12", StatutRevue.A_CORRIGER);

        // A_CORRIGER → SOUMISE: every contested line answered or changed.
        mvc.perform(en(post(url("12") + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"SOUMISE\"}"), "valideur.vienne"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("sans réponse")));
        mvc.perform(en(post(url("12") + "/revue/lignes/" + etat2025 + "/reponse")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commentaire\": \"Le budget détaillé est joint à la fiche\"}"), "agent.departement"))
                .andExpect(status().isNoContent());
        assertThat(passer("12", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);
        assertThat(passer("12", "agent.prefecture", StatutRevue.EN_REVUE, null)).isEqualTo(200);
        assertThat(revoirLigne("12", etat2025, "agent.prefecture", "ACCEPTEE", null)).isEqualTo(200);

        // R-SEC-7: the author of the last change of the fiche cannot validate it.
        long fiche12 = DemoVienne.fiche(jdbc, "12");
        String auteur = jdbc.queryForObject("select modifie_par from fiche_action where id = ?", String.class, fiche12);
        jdbc.update("update fiche_action set modifie_par = 'agent.prefecture' where id = ?", fiche12);
        mvc.perform(en(post(url("12") + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"VALIDEE\"}"), "agent.prefecture"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("R-SEC-7")));
        jdbc.update("update fiche_action set modifie_par = ? where id = ?", auteur, fiche12);
        assertThat(passer("12", "agent.prefecture", StatutRevue.VALIDEE, null)).isEqualTo(200);
        matrice("12", StatutRevue.VALIDEE);
        assertThat(passer("12", "valideur.vienne", StatutRevue.EN_MODIFICATION, null)).isEqualTo(422);
        assertThat(passer("12", "valideur.vienne", StatutRevue.EN_MODIFICATION, "Nouvelle estimation 2025"))
                .isEqualTo(200);
        matrice("12", StatutRevue.EN_MODIFICATION);
        assertThat(passer("12", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);

        JsonNode r = revue("12");
        assertThat(r.get("historique").size()).isEqualTo(10);
        assertThat(r.get("historique").get(4).get("vers").asString()).isEqualTo("A_CORRIGER");
        assertThat(r.get("historique").get(4).get("par").asString()).isEqualTo("prefecture.na");
        assertThat(r.get("historique").get(4).get("commentaire").asString()).isEqualTo("Voir la ligne État 2025");
        assertThat(r.get("historique").get(4).get("le").asString()).isNotBlank();
        mvc.perform(en(get(url("12") + "/revue"), "valideur.vienne"))
                .andExpect(jsonPath("$.lignes[?(@.id == " + etat2025 + ")].statut").value(hasItem("ACCEPTEE")))
                .andExpect(jsonPath("$.lignes[?(@.id == " + etat2025 + ")].avant").value(hasItem(org.hamcrest.Matchers
                        .nullValue())))
                .andExpect(jsonPath("$.lignes[?(@.id == " + etat2025 + ")].apres").value(hasItem(15000.00)));
    }

    @Test
    @DisplayName("R-WF-3 — la soumission de la fiche 10 est refusée tant qu'elle a une ERREUR (une ligne sur l'axe 2, "
            + "qu'elle n'a pas : AXE_NON_ALLOUE), et la réponse la cite")
    void anErreurBlocksTheSubmission() throws Exception {
        long fiche10 = DemoVienne.fiche(jdbc, "10");
        int brouillon = jdbc.queryForObject("select numero from convention_version where convention_id = ? "
                + "and statut = 'BROUILLON'", Integer.class, vienne());
        long axe2 = jdbc.queryForObject("select a.id from axe a join champ c on c.id = a.champ_id "
                + "where c.convention_id = ? and c.code = 'SOL' and a.numero = '2'", Long.class, vienne());
        jdbc.update("insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, nature, "
                + "montant, version_debut) values (?, ?, ?, 2025, 'ETAT', 'CREDITS_NOUVEAUX', 1000, ?)", vienne(),
                fiche10, axe2, brouillon);
        mvc.perform(en(post(url("10") + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"SOUMISE\"}"), "valideur.vienne"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TRANSITION_REFUSEE"))
                .andExpect(jsonPath("$.erreur").value(containsString("ne peut pas être soumise")))
                .andExpect(jsonPath("$.constats[0].code").value("AXE_NON_ALLOUE"))
                .andExpect(jsonPath("$.constats[0].fiche").value("10"));
        assertThat(revue("10").get("statut").asString()).isEqualTo("BROUILLON");
    }

    @Test
    @DisplayName("R-WF-4 — la fiche 7 soumise refuse toute modification : formulaire (GET et POST) et import de "
            + "tableau répondent 409 avec la raison ; retirée, elle se modifie de nouveau")
    void aLockedFicheRefusesEveryEdit() throws Exception {
        long fiche7 = DemoVienne.fiche(jdbc, "7");
        String page = "/conventions/" + vienne() + "/fiches-actions/" + fiche7 + "/modifier";
        String html = mvc.perform(en(get(page), "agent.departement")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Formulaire form = Formulaire.de(html, "form.formulaire[action$=/modifier]").avec("budget[0].etat", "12 000,00");
        assertThat(passer("7", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);

        // The page is the French error page with the reason (the message MockMvc hands to it).
        mvc.perform(en(get(page), "agent.departement"))
                .andExpect(status().isConflict())
                .andExpect(request().attribute(ReponsesErreur.MESSAGE, containsString("La fiche 7 est soumise à la préfecture")));
        mvc.perform(en(form.sur(post(form.action())), "agent.departement").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(request().attribute(ReponsesErreur.MESSAGE, containsString("ne peut pas être modifiée")));
        MockMultipartFile fichier = new MockMultipartFile("fichier", "vienne-2024-fiche7.csv", "text/csv",
                DemoVienne.tableau("vienne-2024-fiche7.csv"));
        mvc.perform(multipart("/api/v1/conventions/{id}/tableau-financier", vienne()).file(fichier)
                        .param("annee", "2024").with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("MODIFICATION_VERROUILLEE"))
                .andExpect(jsonPath("$.erreur").value(containsString("La fiche 7 est soumise")));
        // The page shows the lock instead of the button.
        mvc.perform(en(get("/conventions/{c}/fiches-actions/{f}", vienne(), fiche7), "agent.departement"))
                .andExpect(content().string(containsString("La fiche 7 est soumise à la préfecture")));

        assertThat(passer("7", "valideur.vienne", StatutRevue.BROUILLON, null)).isEqualTo(200);
        mvc.perform(en(form.sur(post(form.action())), "agent.departement").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("R-WF-2 — une ligne contestée de la fiche 11 que le Département change revient à NON_REVUE, avant et "
            + "après gardés ; la fiche se soumet de nouveau sans réponse")
    void aChangedContestedLineGoesBackToNonRevue() throws Exception {
        assertThat(passer("11", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);
        assertThat(passer("11", "agent.prefecture", StatutRevue.EN_REVUE, null)).isEqualTo(200);
        long etat2024 = ligne("11", 2024, "ETAT", "CREDITS_NOUVEAUX");
        assertThat(revoirLigne("11", etat2024, "agent.prefecture", "CONTESTEE", "30 000 € ou 25 000 € ?"))
                .isEqualTo(200);
        assertThat(passer("11", "agent.prefecture", StatutRevue.A_CORRIGER, "Montant État 2024")).isEqualTo(200);

        long fiche11 = DemoVienne.fiche(jdbc, "11");
        String page = "/conventions/" + vienne() + "/fiches-actions/" + fiche11 + "/modifier";
        String html = mvc.perform(en(get(page), "agent.departement")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Formulaire form = Formulaire.de(html, "form.formulaire[action$=/modifier]").avec("budget[0].etat", "25 000,00");
        mvc.perform(en(form.sur(post(form.action())), "agent.departement").with(csrf()))
                .andExpect(status().is3xxRedirection());

        JsonNode ligne = null;
        for (JsonNode l : revue("11").get("lignes")) {
            if (l.get("exercice").asInt() == 2024 && l.get("financeur").asString().equals("ETAT")) {
                ligne = l;
            }
        }
        assertThat(ligne.get("statut").asString()).isEqualTo("NON_REVUE");
        assertThat(ligne.get("avant").decimalValue()).isEqualByComparingTo("30000");
        assertThat(ligne.get("apres").decimalValue()).isEqualByComparingTo("25000");
        JsonNode modification = ligne.get("commentaires").get(ligne.get("commentaires").size() - 1);
        assertThat(modification.get("type").asString()).isEqualTo("MODIFICATION");
        assertThat(modification.get("avant").decimalValue()).isEqualByComparingTo("30000");
        assertThat(modification.get("apres").decimalValue()).isEqualByComparingTo("25000");
        assertThat(passer("11", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);
    }

    @Test
    @DisplayName("contracts/avenant.md — GET /api/v1/revues : la fiche 14 soumise attend la préfecture (département et "
            + "région), pas le Département ; l'en-tête de chaque page compte ce qui attend")
    void theInboxListsWhatWaits() throws Exception {
        assertThat(passer("14", "valideur.vienne", StatutRevue.SOUMISE, null)).isEqualTo(200);
        mvc.perform(en(get("/api/v1/revues"), "agent.prefecture"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.fiche == '14')].type").value(hasItem("FICHE")))
                .andExpect(jsonPath("$[?(@.fiche == '14')].statut").value(hasItem("SOUMISE")))
                .andExpect(jsonPath("$[?(@.fiche == '14')].lien").value(hasItem(containsString("/revue"))));
        mvc.perform(en(get("/api/v1/revues"), "prefecture.na"))
                .andExpect(jsonPath("$[?(@.fiche == '14')]").isNotEmpty());
        mvc.perform(en(get("/api/v1/revues"), "agent.departement"))
                .andExpect(jsonPath("$[?(@.fiche == '14')]").isEmpty());
        mvc.perform(en(get("/api/v1/revues"), "agent.autre")).andExpect(jsonPath("$").isEmpty());
        Integer compte = jdbc.queryForObject("select count(*) from revue_fiche where statut in ('SOUMISE', 'EN_REVUE')",
                Integer.class);
        mvc.perform(en(get("/conventions"), "agent.prefecture"))
                .andExpect(content().string(containsString("À traiter (" + compte + ")")));
        mvc.perform(en(get("/a-traiter"), "agent.prefecture"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fiche 14")));
        assertThat(passer("14", "valideur.vienne", StatutRevue.BROUILLON, null)).isEqualTo(200);
    }
}
