package fr.pacte.shared.web.rendu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 5 (no repeated rendering work): the content of a convention's page is rendered once per revision,
 * version, page and role, then copied. A kept part is never an old one, nor another role's.
 */
@PacteIntegrationTest
class RendusGardesIT {

    private static final String ETAT_2024 = "578\u202F633,00\u00A0€";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Autowired
    RendusGardes rendus;

    private String page(String url, String login) throws Exception {
        return mvc.perform(get(url).with(user(utilisateurs.loadUserByUsername(login))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String contenu(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private String tableau2024() {
        return "/conventions/" + DemoVienne.convention(jdbc) + "/tableau-financier?annee=2024";
    }

    @Test
    @DisplayName("Le tableau financier 2024 ouvert deux fois : rendu une fois, recopié la seconde (même contenu, "
            + "578 633,00 € État) ; une ligne corrigée (10 000 → 11 000 € sur la fiche 7) se voit aussitôt")
    void keptOnceAndNeverStale() throws Exception {
        long avant = rendus.taille();
        String premiere = page(tableau2024(), "agent.prefecture");
        assertThat(rendus.taille()).isEqualTo(avant + 1);
        String seconde = page(tableau2024(), "agent.prefecture");
        assertThat(rendus.taille()).isEqualTo(avant + 1);
        assertThat(contenu(seconde)).isEqualTo(contenu(premiere)).contains(ETAT_2024).doesNotContain("pacte:garder");

        long ligne = jdbc.queryForObject("""
                select id from ligne_financement where fiche_id = ? and exercice = 2024 and financeur = 'ETAT'
                  and stade = 'PREVU' and version_debut <= 0 and (version_fin is null or version_fin > 0)""",
                Long.class, DemoVienne.fiche(jdbc, "7"));
        try {
            jdbc.update("update ligne_financement set montant = 11000.00 where id = ?", ligne);
            assertThat(page(tableau2024(), "agent.prefecture")).contains("579\u202F633,00\u00A0€")
                    .doesNotContain(ETAT_2024);
        } finally {
            jdbc.update("update ligne_financement set montant = 10000.00 where id = ?", ligne);
        }
        assertThat(page(tableau2024(), "agent.prefecture")).contains(ETAT_2024);
    }

    @Test
    @DisplayName("La fiche 7 vue d'abord par la préfecture puis par le Département : chacun voit ce que son rôle "
            + "permet (le bouton « Modifier » pour le Département seulement), jamais la page gardée de l'autre")
    void eachRoleItsOwnPage() throws Exception {
        String fiche7 = "/conventions/" + DemoVienne.convention(jdbc) + "/fiches-actions/" + DemoVienne.fiche(jdbc, "7");
        String prefecture = page(fiche7, "agent.prefecture");
        String departement = page(fiche7, "agent.departement");
        assertThat(prefecture).doesNotContain("id=\"modifier-fiche\"");
        assertThat(departement).contains("id=\"modifier-fiche\"");
        assertThat(page(fiche7, "agent.prefecture")).doesNotContain("id=\"modifier-fiche\"");
    }

    @Test
    @DisplayName("Un texte saisi qui ressemble à une expression ([[${'inj' + 'ecte'}]]) reste du texte dans la page "
            + "gardée comme dans la page rendue : il n'est jamais évalué")
    void typedTextIsNeverEvaluated() throws Exception {
        String fiche7 = "/conventions/" + DemoVienne.convention(jdbc) + "/fiches-actions/" + DemoVienne.fiche(jdbc, "7");
        String avant = jdbc.queryForObject("select description from fiche_action_contenu where fiche_id = ? "
                + "and version_fin is null order by version_debut desc limit 1", String.class, DemoVienne.fiche(jdbc, "7"));
        try {
            jdbc.update("update fiche_action_contenu set description = ? where fiche_id = ? and version_fin is null",
                    "[[${'inj' + 'ecte'}]] [(${'inj' + 'ecte'})]", DemoVienne.fiche(jdbc, "7"));
            for (int i = 0; i < 2; i++) {
                String page = page(fiche7, "agent.prefecture");
                assertThat(page).doesNotContain("injecte");
                assertThat(page.replace("&#91;", "[").replace("&#39;", "'"))
                        .contains("[[${'inj' + 'ecte'}]] [(${'inj' + 'ecte'})]");
            }
        } finally {
            jdbc.update("update fiche_action_contenu set description = ? where fiche_id = ? and version_fin is null",
                    avant, DemoVienne.fiche(jdbc, "7"));
        }
    }

    @Test
    @DisplayName("Le menu gardé suit le compte : le nom affiché changé par l'administration se voit à la page suivante, "
            + "le formulaire de déconnexion porte à chaque page son propre jeton CSRF")
    void theKeptMenuFollowsTheAccount() throws Exception {
        String avant = jdbc.queryForObject("select nom_affiche from utilisateur where login = 'agent.prefecture'",
                String.class);
        assertThat(page(tableau2024(), "agent.prefecture")).contains("<span>" + avant + "</span>");
        try {
            jdbc.update("update utilisateur set nom_affiche = 'Agent renommé' where login = 'agent.prefecture'");
            String apres = page(tableau2024(), "agent.prefecture");
            assertThat(apres).contains("<span>Agent renommé</span>").doesNotContain("<span>" + avant + "</span>")
                    .contains("name=\"_csrf\"");
        } finally {
            jdbc.update("update utilisateur set nom_affiche = ? where login = 'agent.prefecture'", avant);
        }
    }
}
