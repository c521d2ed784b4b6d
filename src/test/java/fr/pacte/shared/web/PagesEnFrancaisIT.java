package fr.pacte.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every page renders for a real user with all its text found in the French messages (no "??key??" left). */
@PacteIntegrationTest
class PagesEnFrancaisIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/conventions", "/conventions/{c}", "/conventions/{c}/tableau-financier?annee=2024",
            "/conventions/{c}/tableau-financier?annee=2025", "/conventions/{c}/fiches-actions/{f}",
            "/conventions/{c}/fiches-actions/{f}/modifier", "/conventions/{c}/controles?annee=2024",
            "/conventions/{c}/tableau-financier/import", "/conventions/{c}/indicateurs",
            "/conventions/{c}/indicateurs/saisie?annee=2024"})
    @DisplayName("Chaque page s'affiche, en français, sans clé de message manquante")
    void pageRendersWithEveryMessage(String modele) throws Exception {
        long convention = DemoVienne.convention(jdbc);
        long fiche9 = jdbc.queryForObject("select id from fiche_action where convention_id = ? and numero = '9'",
                Long.class, convention);
        String url = modele.replace("{c}", String.valueOf(convention)).replace("{f}", String.valueOf(fiche9));
        for (String login : List.of("agent.departement")) {
            mvc.perform(get(url).with(user(utilisateurs.loadUserByUsername(login))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("lang=\"fr\"")))
                    .andExpect(content().string(not(containsString("??"))));
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("La page de connexion est en français ; un identifiant inconnu répond 404")
    void loginPageAndUnknownId() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/conventions/999999").with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(status().isNotFound());
    }
}
