package fr.pacte.securite;

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

import fr.pacte.securite.Evenements.Changement;
import fr.pacte.securite.Evenements.CompteCree;
import fr.pacte.securite.Evenements.CompteModifie;
import fr.pacte.securite.Evenements.MotDePasseChange;
import fr.pacte.securite.Evenements.OrganisationCreee;
import fr.pacte.support.PacteIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** R-SEC-6 (issue 12 item 2): the administration pages, their rules and their events; the change-password page. */
@PacteIntegrationTest
@RecordApplicationEvents
class AdministrationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Autowired
    ApplicationEvents evenements;

    private UserDetails admin() {
        return utilisateurs.loadUserByUsername("admin");
    }

    private long id(String table, String colonne, String valeur) {
        return jdbc.queryForObject("select id from " + table + " where " + colonne + " = ?", Long.class, valeur);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/administration/comptes", "/administration/comptes/nouveau",
            "/administration/comptes/{id}/modifier", "/administration/organisations",
            "/administration/organisations?territoire=79", "/compte/mot-de-passe", "/compte/jetons"})
    @DisplayName("Chaque page de l'administration et du compte s'affiche en français, sans clé manquante")
    void pageRendersWithEveryMessage(String modele) throws Exception {
        String url = modele.replace("{id}", String.valueOf(id("utilisateur", "login", "ddets86")));
        mvc.perform(get(url).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"fr\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    @DisplayName("R-SEC-6 — l'administration est à l'administrateur : 403 pour un agent, lien absent de son en-tête")
    void administrationIsForTheAdministrator() throws Exception {
        mvc.perform(get("/administration/comptes").with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/administration/organisations").param("type", "SERVICE_DEPARTEMENT").param("nom", "X")
                        .with(csrf()).with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/conventions").with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(content().string(not(containsString("/administration/comptes"))))
                .andExpect(content().string(containsString("/compte/mot-de-passe")));
        mvc.perform(get("/conventions").with(user(admin())))
                .andExpect(content().string(containsString("/administration/comptes")));
    }

    @Test
    @DisplayName("R-SEC-2, R-SEC-11 — compte refusé : chaque erreur en français, la saisie gardée, le mot de passe jamais renvoyé")
    void aRefusedAccountShowsEveryErrorAndKeepsTheInput() throws Exception {
        long prefecture86 = id("organisation", "nom", "Préfecture de la Vienne");
        mvc.perform(post("/administration/comptes/nouveau").with(csrf()).with(user(admin()))
                        .param("login", "agent.deux-sevres").param("nomAffiche", "Nouvel agent")
                        .param("role", "AGENT_DEPARTEMENT").param("departementId", String.valueOf(id("departement", "code", "79")))
                        .param("organisationId", String.valueOf(prefecture86)).param("motDePasse", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L&#39;identifiant « agent.deux-sevres » est déjà pris")))
                .andExpect(content().string(containsString("n&#39;est pas dans le périmètre choisi")))
                .andExpect(content().string(containsString("au moins 12 caractères")))
                .andExpect(content().string(containsString("value=\"Nouvel agent\"")))
                .andExpect(content().string(not(containsString("value=\"court\""))));
        assertThat(evenements.stream(CompteCree.class)).isEmpty();
    }

    @Test
    @DisplayName("R-SEC-6 — créer puis modifier un compte publie CompteCree et CompteModifie (qui, quand, avant → après)")
    void creatingAndEditingPublishTheirEvents() throws Exception {
        long deuxSevres = id("departement", "code", "79");
        long prefecture79 = id("organisation", "nom", "Préfecture des Deux-Sèvres");
        mvc.perform(post("/administration/comptes/nouveau").with(csrf()).with(user(admin()))
                        .param("login", "ddets79").param("nomAffiche", "DDETS des Deux-Sèvres")
                        .param("role", "AGENT_PREFECTURE_DEPARTEMENT").param("departementId", String.valueOf(deuxSevres))
                        .param("organisationId", String.valueOf(prefecture79)).param("motDePasse", "Marais poitevin 2026"))
                .andExpect(redirectedUrl("/administration/comptes"));
        Map<String, Object> compte = jdbc.queryForMap("select * from utilisateur where login = 'ddets79'");
        assertThat(compte).containsEntry("organisation", "Préfecture des Deux-Sèvres")
                .containsEntry("organisation_id", prefecture79).containsEntry("mot_de_passe_provisoire", true)
                .containsEntry("role", "AGENT_PREFECTURE_DEPARTEMENT");
        assertThat((String) compte.get("mot_de_passe")).startsWith("{bcrypt}");
        assertThat(evenements.stream(CompteCree.class)).singleElement().satisfies(e -> {
            assertThat(e.auteur()).isEqualTo("admin");
            assertThat(e.objet()).isEqualTo("ddets79");
            assertThat(e.changements()).contains(new Changement("rôle", null, "AGENT_PREFECTURE_DEPARTEMENT"),
                    new Changement("périmètre", null, "Département 79 — Deux-Sèvres"));
        });

        // A provisional password is changed before anything else, API included.
        mvc.perform(get("/api/v1/conventions").with(httpBasic("ddets79", "Marais poitevin 2026")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MOT_DE_PASSE_PROVISOIRE"));
        mvc.perform(get("/conventions").with(user(utilisateurs.loadUserByUsername("ddets79"))))
                .andExpect(redirectedUrl("/compte/mot-de-passe"));

        long id = (Long) compte.get("id");
        long vienne = id("departement", "code", "86");
        mvc.perform(post("/administration/comptes/{id}/modifier", id).with(csrf()).with(user(admin()))
                        .param("nomAffiche", "DDETS de la Vienne").param("role", "AGENT_PREFECTURE_DEPARTEMENT")
                        .param("departementId", String.valueOf(vienne))
                        .param("organisationId", String.valueOf(id("organisation", "nom", "Préfecture de la Vienne"))))
                .andExpect(redirectedUrl("/administration/comptes"));
        assertThat(evenements.stream(CompteModifie.class)).singleElement().satisfies(e -> assertThat(e.changements())
                .containsExactly(new Changement("nom", "DDETS des Deux-Sèvres", "DDETS de la Vienne"),
                        new Changement("organisation", "Préfecture des Deux-Sèvres", "Préfecture de la Vienne"),
                        new Changement("périmètre", "Département 79 — Deux-Sèvres", "Département 86 — Vienne")));
    }

    @Test
    @DisplayName("R-SEC-6 — l'administrateur ne se désactive pas lui-même")
    void theAdministratorCannotDisableHimself() throws Exception {
        mvc.perform(post("/administration/comptes/{id}/desactiver", id("utilisateur", "login", "admin"))
                        .with(csrf()).with(user(admin())))
                .andExpect(redirectedUrl("/administration/comptes"));
        assertThat(jdbc.queryForObject("select actif from utilisateur where login = 'admin'", Boolean.class)).isTrue();
    }

    @Test
    @DisplayName("R-SEC-6 — organisations : créer une DDETS pour les Deux-Sèvres, refuser un doublon ou un territoire manquant")
    void organisationsPerDepartement() throws Exception {
        long deuxSevres = id("departement", "code", "79");
        mvc.perform(post("/administration/organisations").with(csrf()).with(user(admin()))
                        .param("type", "SERVICE_ETAT_DEPARTEMENT").param("nom", "DDETS des Deux-Sèvres")
                        .param("departementId", String.valueOf(deuxSevres)))
                .andExpect(redirectedUrl("/administration/organisations?territoire=79"));
        assertThat(jdbc.queryForObject("select departement_id from organisation where nom = 'DDETS des Deux-Sèvres'",
                Long.class)).isEqualTo(deuxSevres);
        assertThat(evenements.stream(OrganisationCreee.class)).singleElement()
                .satisfies(e -> assertThat(e.objet()).isEqualTo("DDETS des Deux-Sèvres"));
        mvc.perform(get("/administration/organisations").param("territoire", "79").with(user(admin())))
                .andExpect(content().string(containsString("DDETS des Deux-Sèvres")))
                .andExpect(content().string(containsString("Préfecture des Deux-Sèvres")))
                .andExpect(content().string(not(containsString("Préfecture de la Vienne"))));

        mvc.perform(post("/administration/organisations").with(csrf()).with(user(admin()))
                        .param("type", "SERVICE_ETAT_DEPARTEMENT").param("nom", "ddets des deux-sèvres")
                        .param("departementId", String.valueOf(deuxSevres)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Une organisation s&#39;appelle déjà")));
        mvc.perform(post("/administration/organisations").with(csrf()).with(user(admin()))
                        .param("type", "SERVICE_ETAT_REGION").param("nom", "DREETS Nouvelle-Aquitaine"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("relève d&#39;une région : choisissez-la")));
    }

    @Test
    @DisplayName("R-SEC-11 — changer son mot de passe : l'actuel d'abord, 12 caractères, pas le nom ; puis il sert")
    void changingOnesPassword() throws Exception {
        UserDetails agent = utilisateurs.loadUserByUsername("agent.finances");
        mvc.perform(post("/compte/mot-de-passe").with(csrf()).with(user(agent))
                        .param("actuel", "faux").param("nouveau", "finances 2026 !").param("confirmation", "finances 2026 !"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe actuel n&#39;est pas le bon.")))
                .andExpect(content().string(containsString("« finances »")));
        mvc.perform(post("/compte/mot-de-passe").with(csrf()).with(user(agent))
                        .param("actuel", "demo").param("nouveau", "Clain et Vienne 2026").param("confirmation", "Clain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les deux saisies du nouveau mot de passe diffèrent.")));
        mvc.perform(post("/compte/mot-de-passe").with(csrf()).with(user(agent))
                        .param("actuel", "demo").param("nouveau", "Clain et Vienne 2026")
                        .param("confirmation", "Clain et Vienne 2026"))
                .andExpect(redirectedUrl("/conventions"));
        assertThat(evenements.stream(MotDePasseChange.class)).singleElement()
                .satisfies(e -> assertThat(e.auteur()).isEqualTo("agent.finances"));
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.finances", "Clain et Vienne 2026")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isUnauthorized());
    }
}
