package fr.pacte.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.PacteIntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R-SEC-6, R-SEC-10 (issue 12 item 2): every administration act and every API token created or revoked is in the
 * audit journal, with who, as which role, when and what changed, in the same hash chain; the administrator reads it
 * on the page "Journal de l'administration", nobody else.
 */
@PacteIntegrationTest
class JournalAdministrationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private UserDetails admin() {
        return utilisateurs.loadUserByUsername("admin");
    }

    private long id(String table, String colonne, String valeur) {
        return jdbc.queryForObject("select id from " + table + " where " + colonne + " = ?", Long.class, valeur);
    }

    private List<Map<String, Object>> entrees(String commentaire) {
        return jdbc.queryForList("select * from journal_audit where convention_id is null and commentaire = ? "
                + "order by id", commentaire);
    }

    @Test
    @DisplayName("R-SEC-6, R-SEC-10 — créer, désactiver, réactiver, débloquer un compte et lui donner un mot de passe provisoire : chaque acte dans le journal (qui, rôle, quand, avant → après), chaîne intacte")
    void accountActsAreJournaled() throws Exception {
        LocalDateTime avant = LocalDateTime.now().minusSeconds(5);
        long deuxSevres = id("departement", "code", "79");
        long collectivite = id("organisation", "nom", "Département des Deux-Sèvres");
        mvc.perform(post("/administration/comptes/nouveau").with(csrf()).with(user(admin()))
                        .param("login", "agent.journal79").param("nomAffiche", "Agent des Deux-Sèvres")
                        .param("role", "AGENT_DEPARTEMENT").param("departementId", String.valueOf(deuxSevres))
                        .param("organisationId", String.valueOf(collectivite))
                        .param("motDePasse", "Marais poitevin 2026"))
                .andExpect(redirectedUrl("/administration/comptes"));
        long compte = id("utilisateur", "login", "agent.journal79");
        mvc.perform(post("/administration/comptes/{id}/desactiver", compte).with(csrf()).with(user(admin())))
                .andExpect(redirectedUrl("/administration/comptes"));
        mvc.perform(post("/administration/comptes/{id}/reactiver", compte).with(csrf()).with(user(admin())))
                .andExpect(redirectedUrl("/administration/comptes"));
        mvc.perform(post("/administration/comptes/{id}/debloquer", compte).with(csrf()).with(user(admin())))
                .andExpect(redirectedUrl("/administration/comptes"));
        mvc.perform(post("/administration/comptes/{id}/modifier", compte).with(csrf()).with(user(admin()))
                        .param("nomAffiche", "Agent des Deux-Sèvres (Niort)").param("role", "AGENT_DEPARTEMENT")
                        .param("departementId", String.valueOf(deuxSevres))
                        .param("organisationId", String.valueOf(collectivite))
                        .param("motDePasse", "Colline du Chaillot 2027"))
                .andExpect(redirectedUrl("/administration/comptes"));

        List<Map<String, Object>> journal = entrees("agent.journal79");
        assertThat(journal).extracting(e -> e.get("action")).containsSubsequence("COMPTE_CREE", "COMPTE_DESACTIVE",
                "COMPTE_REACTIVE", "COMPTE_DEBLOQUE", "COMPTE_MODIFIE", "MOT_DE_PASSE_PROVISOIRE");
        assertThat(journal).allSatisfy(e -> {
            assertThat(e).containsEntry("utilisateur", "admin").containsEntry("role", "ADMIN")
                    .containsEntry("objet", "COMPTE").containsEntry("objet_id", compte);
            assertThat(((Timestamp) e.get("horodatage")).toLocalDateTime()).isAfter(avant);
        });
        assertThat(journal).anySatisfy(e -> assertThat(e).containsEntry("action", "COMPTE_CREE")
                .containsEntry("champ", "login").containsEntry("avant", null).containsEntry("apres", "agent.journal79"));
        assertThat(journal).anySatisfy(e -> assertThat(e).containsEntry("action", "COMPTE_CREE")
                .containsEntry("champ", "rôle").containsEntry("apres", "AGENT_DEPARTEMENT"));
        assertThat(journal).anySatisfy(e -> assertThat(e).containsEntry("action", "COMPTE_DESACTIVE")
                .containsEntry("champ", "actif").containsEntry("avant", "oui").containsEntry("apres", "non"));
        assertThat(journal).anySatisfy(e -> assertThat(e).containsEntry("action", "COMPTE_MODIFIE")
                .containsEntry("champ", "nom").containsEntry("apres", "Agent des Deux-Sèvres (Niort)"));
        // A password is never written, only that it changed.
        assertThat(journal).noneSatisfy(e -> assertThat(String.valueOf(e.get("apres"))).contains("Marais"));

        mvc.perform(get("/api/v1/journal/verification").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valide").value(true));
    }

    @Test
    @DisplayName("R-SEC-10 — un jeton d'API créé puis révoqué par un agent est dans le journal, à son nom et son rôle")
    void tokensAreJournaled() throws Exception {
        UserDetails agent = utilisateurs.loadUserByUsername("agent.vienne");
        mvc.perform(post("/compte/jetons").with(csrf()).with(user(agent)).param("libelle", "script du journal")
                        .param("jours", "30"))
                .andExpect(status().is2xxSuccessful());
        long jeton = jdbc.queryForObject("select id from jeton_api where libelle = 'script du journal'", Long.class);
        mvc.perform(post("/compte/jetons/{id}/revoquer", jeton).with(csrf()).with(user(agent)))
                .andExpect(status().is3xxRedirection());
        List<Map<String, Object>> journal = jdbc.queryForList("select * from journal_audit where objet = 'JETON_API' "
                + "and objet_id = ? order by id", jeton);
        assertThat(journal).extracting(e -> e.get("action")).contains("JETON_API_CREE", "JETON_API_REVOQUE");
        assertThat(journal).allSatisfy(e -> assertThat(e).containsEntry("utilisateur", "agent.vienne")
                .containsEntry("role", "AGENT_DEPARTEMENT"));
        assertThat(journal).anySatisfy(e -> assertThat(e).containsEntry("champ", "libellé")
                .containsEntry("apres", "script du journal"));
    }

    @Test
    @DisplayName("R-SEC-6 — le journal de l'administration s'affiche à l'administrateur (qui, quoi, quand), 403 pour un agent")
    void thePageIsTheAdministrators() throws Exception {
        long compte = id("utilisateur", "login", "agent.autre");
        mvc.perform(post("/administration/comptes/{id}/desactiver", compte).with(csrf()).with(user(admin())))
                .andExpect(redirectedUrl("/administration/comptes"));
        mvc.perform(get("/administration/journal").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Compte désactivé")))
                .andExpect(content().string(containsString("Compte agent.autre")))
                .andExpect(content().string(containsString("admin (administrateur)")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/administration/journal").param("objet", "JETON_API").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Compte agent.autre"))));
        mvc.perform(get("/administration/comptes").with(user(admin())))
                .andExpect(content().string(containsString("/administration/journal")));
        mvc.perform(get("/administration/journal").with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isForbidden());
    }
}
