package fr.pacte.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.convention.Changement;
import fr.pacte.fiche.FicheModifiee;
import fr.pacte.support.DemoVienne;
import fr.pacte.support.Formulaire;
import fr.pacte.support.PacteIntegrationTest;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit journal (R-SEC-10, contracts/avenant.md § Journal): a fiche's change is recorded field by field with who,
 * when, old → new, in a chain of SHA-256 hashes; only the finance roles, ADMIN and the préfecture read it; nothing
 * updates or deletes an entry (the database refuses); a row altered behind the application's back is named by the
 * verification; a write rolled back leaves no entry.
 */
@PacteIntegrationTest
class JournalAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transactions;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private MockHttpServletRequestBuilder en(MockHttpServletRequestBuilder requete, String login) {
        return requete.with(user(utilisateurs.loadUserByUsername(login)));
    }

    /** A fiche's État 2024 amount changed through its form by the Département's agent. */
    private void changer(String numero, String etat2024) throws Exception {
        long fiche3 = DemoVienne.fiche(jdbc, numero);
        String html = mvc.perform(en(get("/conventions/{c}/fiches-actions/{f}/modifier", vienne(), fiche3),
                "agent.departement")).andReturn().getResponse().getContentAsString();
        Formulaire form = Formulaire.de(html, "form.formulaire[action$=/modifier]").avec("budget[0].etat", etat2024);
        mvc.perform(en(form.sur(post(form.action())), "agent.departement").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private JsonNode journal(String login, String parametres) throws Exception {
        return json.readTree(mvc.perform(en(get("/api/v1/conventions/" + vienne() + "/journal" + parametres), login))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("R-SEC-10 — la fiche 3 changée (69 698 → 70 000 € État 2024) est au journal : qui, rôle, quand, champ, "
            + "avant → après, chaînée à l'entrée précédente ; filtres par personne, objet et date")
    void aChangeIsRecordedFieldByFieldInTheChain() throws Exception {
        changer("3", "70 000,00");
        JsonNode entrees = journal("finances.vienne", "?objet=LIGNE&utilisateur=agent.departement");
        JsonNode ligne = null;
        for (JsonNode e : entrees) {
            if ("69698.00".equals(e.get("avant").asString()) && "70000.00".equals(e.get("apres").asString())) {
                ligne = e;
            }
        }
        assertThat(ligne).isNotNull();
        assertThat(ligne.get("utilisateur").asString()).isEqualTo("agent.departement");
        assertThat(ligne.get("role").asString()).isEqualTo("AGENT_DEPARTEMENT");
        assertThat(ligne.get("action").asString()).isEqualTo("FICHE_MODIFIEE");
        assertThat(ligne.get("objet").asString()).isEqualTo("LIGNE");
        assertThat(ligne.get("champ").asString()).startsWith("montant 2024 ETAT CREDITS_NOUVEAUX");
        assertThat(ligne.get("horodatage").asString()).isNotBlank();
        assertThat(ligne.get("hash").asString()).matches("[0-9a-f]{64}");
        // Each entry is chained to the one before it, across the whole journal.
        List<String> hashs = jdbc.queryForList("select hash from journal_audit order by id", String.class);
        List<String> precedents = jdbc.queryForList("select hash_precedent from journal_audit order by id",
                String.class);
        assertThat(precedents.get(0)).isNull();
        for (int i = 1; i < hashs.size(); i++) {
            assertThat(precedents.get(i)).isEqualTo(hashs.get(i - 1));
        }
        assertThat(journal("agent.prefecture", "?utilisateur=personne.inconnue")).isEmpty();
        assertThat(journal("agent.prefecture", "?depuis=2999-01-01")).isEmpty();
        mvc.perform(en(get("/api/v1/conventions/{id}/journal", vienne()).param("depuis", "hier"), "agent.prefecture"))
                .andExpect(status().isBadRequest());
        // The pages: the convention's journal and the fiche's.
        mvc.perform(en(get("/conventions/{c}/fiches-actions/{f}/journal", vienne(), DemoVienne.fiche(jdbc, "3")),
                        "finances.vienne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("69698.00 → 70000.00")));
    }

    @Test
    @DisplayName("R-SEC-10 — le journal se lit par les finances, l'administrateur et la préfecture ; pas par l'agent "
            + "du Département (403) ; une convention d'un autre Département est introuvable (404)")
    void whoReadsTheJournal() throws Exception {
        for (String login : List.of("finances.vienne", "agent.prefecture", "prefecture.na", "finances.etat.na", "admin")) {
            mvc.perform(en(get("/api/v1/conventions/{id}/journal", vienne()), login)).andExpect(status().isOk());
            mvc.perform(en(get("/api/v1/journal/verification"), login)).andExpect(status().isOk());
        }
        for (String login : List.of("agent.departement", "valideur.vienne")) {
            mvc.perform(en(get("/api/v1/conventions/{id}/journal", vienne()), login)).andExpect(status().isForbidden());
            mvc.perform(en(get("/api/v1/journal/verification"), login)).andExpect(status().isForbidden());
        }
        mvc.perform(en(get("/api/v1/conventions/{id}/journal", vienne()), "agent.autre")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("R-SEC-10 — en ajout seul : la base refuse UPDATE, DELETE et TRUNCATE ; une ligne modifiée en SQL "
            + "(déclencheur désactivé) est nommée par la vérification, API et page ; remise en état, la chaîne est intacte")
    void appendOnlyAndTamperingIsDetected() throws Exception {
        changer("5", "109 000,00");
        changer("5", "109 500,00");
        assertThatThrownBy(() -> jdbc.update("update journal_audit set apres = '1' where id = (select max(id) from "
                + "journal_audit)")).hasMessageContaining("ajout seul");
        assertThatThrownBy(() -> jdbc.update("delete from journal_audit")).hasMessageContaining("ajout seul");
        assertThatThrownBy(() -> jdbc.execute("truncate journal_audit")).hasMessageContaining("ajout seul");
        long n = jdbc.queryForObject("select count(*) from journal_audit", Long.class);
        mvc.perform(en(get("/api/v1/journal/verification"), "admin"))
                .andExpect(jsonPath("$.valide").value(true))
                .andExpect(jsonPath("$.entrees").value(n));

        long cible = jdbc.queryForObject("select min(id) from journal_audit where apres = '109000.00'", Long.class);
        String vrai = jdbc.queryForObject("select apres from journal_audit where id = ?", String.class, cible);
        alterer(cible, "99000.00");
        mvc.perform(en(get("/api/v1/journal/verification"), "finances.vienne"))
                .andExpect(jsonPath("$.valide").value(false))
                .andExpect(jsonPath("$.premiereEntreeInvalide").value(cible))
                .andExpect(jsonPath("$.entrees").doesNotExist());
        mvc.perform(en(get("/journal/verification"), "finances.vienne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("entrée n° " + cible)));
        alterer(cible, vrai);
        mvc.perform(en(get("/api/v1/journal/verification"), "admin")).andExpect(jsonPath("$.valide").value(true));
    }

    private void alterer(long id, String apres) {
        jdbc.execute("alter table journal_audit disable trigger journal_audit_sans_modification");
        try {
            jdbc.update("update journal_audit set apres = ? where id = ?", apres, id);
        } finally {
            jdbc.execute("alter table journal_audit enable trigger journal_audit_sans_modification");
        }
    }

    @Test
    @DisplayName("R-SEC-10 — le journal s'écrit dans la transaction de l'écriture : une écriture annulée ne laisse "
            + "aucune entrée")
    void aRolledBackWriteLeavesNoEntry() {
        long avant = jdbc.queryForObject("select count(*) from journal_audit", Long.class);
        transactions.executeWithoutResult(statut -> {
            evenements.publishEvent(new FicheModifiee(vienne(), DemoVienne.fiche(jdbc, "4"), "4", 1, "agent.departement",
                    LocalDateTime.now(), List.of(new Changement("FICHE", 4L, "intitule", "a", "b"))));
            assertThat(jdbc.queryForObject("select count(*) from journal_audit", Long.class)).isEqualTo(avant + 1);
            statut.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from journal_audit", Long.class)).isEqualTo(avant);
    }
}
