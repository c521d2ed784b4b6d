package fr.pacte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a form field cannot hold, whatever the form (shared/web/SaisieTexte): a NUL character comes back as a French
 * field error with the rest of the typed text, an out-of-range row index as a French 400; nothing is saved.
 */
@PacteIntegrationTest
class SaisieTexteIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    /** Fiche 1's indicator rows of the 2025 grid, posted with the given résultats (index → text). */
    private MockHttpServletRequestBuilder grille(String... resultats) {
        List<Long> ids = jdbc.queryForList("select lf.id from indicateur_fiche lf join fiche_action f on f.id = lf.fiche_id "
                + "where lf.convention_id = ? and f.numero = '1' order by lf.ordre", Long.class, vienne());
        MockHttpServletRequestBuilder requete = post("/conventions/{id}/indicateurs/saisie", vienne())
                .param("annee", "2025").param("action", "brouillon").with(csrf())
                .with(user(utilisateurs.loadUserByUsername("agent.departement")));
        for (int i = 0; i < ids.size(); i++) {
            requete.param("lignes[" + i + "].id", String.valueOf(ids.get(i)))
                    .param("lignes[" + i + "].resultat", i < resultats.length ? resultats[i] : "");
        }
        return requete;
    }

    private Integer valeurs2025() {
        return jdbc.queryForObject("select count(*) from valeur_indicateur where annee = 2025", Integer.class);
    }

    @Test
    @DisplayName("Grille des indicateurs : un caractère nul est une erreur du champ, la saisie revient sans lui, rien n'est enregistré")
    void nulInTheGridIsAFieldError() throws Exception {
        Integer avant = valeurs2025();
        String html = mvc.perform(grille("6\u00005", "47"))
                .andExpect(status().isOk())
                .andExpect(view().name("indicateur/saisie-annuelle"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("id=\"resume-erreurs\"", "<a href=\"#s0-resultat\">Ce texte contenait un caractère "
                + "invisible interdit (caractère nul) : il a été retiré ci-dessous.", "value=\"65\"", "value=\"47\"",
                "aria-describedby=\"s0-resultat-erreur\"");
        assertThat(html).doesNotContain("\u0000");
        assertThat(valeurs2025()).isEqualTo(avant);
    }

    @Test
    @DisplayName("Formulaire d'import : un caractère nul dans l'enveloppe donne une réponse 400 en français, rien n'est lu")
    void nulInAFormWithoutBindingResultIsAFrenchBadRequest() throws Exception {
        mvc.perform(multipart("/conventions/{id}/tableau-financier/import", vienne())
                        .file(new MockMultipartFile("fichier", "t.csv", "text/csv", "a".getBytes(StandardCharsets.UTF_8)))
                        .param("annee", "2024").param("enveloppeEtat", "578\u0000633").with(csrf())
                        .with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isBadRequest())
                .andExpect(request().attribute(ReponsesErreur.MESSAGE,
                        Matchers.containsString("caractère invisible interdit (caractère nul)")));
    }

    @Test
    @DisplayName("Un indice de ligne démesuré (lignes[100000].t0) répond 400 avec un message français, rien n'est enregistré")
    void hugeIndexIsABadRequest() throws Exception {
        Integer avant = valeurs2025();
        mvc.perform(grille("65").param("lignes[100000].t0", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(request().attribute(ReponsesErreur.MESSAGE,
                        "Le formulaire envoyé contient un champ inattendu (« lignes[100000] ») : rechargez la page puis "
                                + "recommencez votre saisie."));
        assertThat(valeurs2025()).isEqualTo(avant);
    }
}
