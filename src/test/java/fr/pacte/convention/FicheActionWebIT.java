package fr.pacte.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The fiche pages and form on the Vienne demo data: validation in French, nothing lost, scoping and roles. */
@PacteIntegrationTest
class FicheActionWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private RequestPostProcessor en(String login) {
        return user(utilisateurs.loadUserByUsername(login));
    }

    private long convention() {
        return DemoVienne.convention(jdbc);
    }

    private long fiche(String numero) {
        return DemoVienne.fiche(jdbc, numero);
    }

    private long axe(String champ, String numero) {
        return jdbc.queryForObject("select a.id from axe a join champ c on c.id = a.champ_id "
                + "where c.convention_id = ? and c.code = ? and a.numero = ?", Long.class, convention(), champ, numero);
    }

    private BigDecimal etat2024(long ficheId) {
        return jdbc.queryForObject("select coalesce(sum(montant), 0) from ligne_financement l "
                + "where fiche_id = ? and exercice = 2024 and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION,
                BigDecimal.class, ficheId);
    }

    /** The form of fiche 7 (axe 2) as the browser would post it, with the État 2024 amount as typed. */
    private MockHttpServletRequestBuilder formulaireFiche7(String etat2024) {
        return formulaireFiche7(etat2024, "ACCEO Langues, outil de traduction");
    }

    private MockHttpServletRequestBuilder formulaireFiche7(String etat2024, String intitule) {
        long axe2 = axe("SOL", "2");
        long version = jdbc.queryForObject("select version from fiche_action where id = ?", Long.class, fiche("7"));
        MockHttpServletRequestBuilder requete = post("/conventions/{c}/fiches-actions/{f}/modifier", convention(), fiche("7"))
                .param("version", String.valueOf(version))
                .param("intitule", intitule)
                .param("description", "Outil de traduction à distance.")
                .param("statut", "RECONDUITE")
                .param("axeIds", String.valueOf(axe2));
        int i = 0;
        for (int annee = 2024; annee <= 2027; annee++, i++) {
            requete.param("budget[" + i + "].axeId", String.valueOf(axe2))
                    .param("budget[" + i + "].exercice", String.valueOf(annee))
                    .param("budget[" + i + "].etat", annee == 2024 ? etat2024 : "")
                    .param("budget[" + i + "].departement", annee == 2024 ? "15 000,00" : "");
        }
        return requete;
    }

    @Test
    @DisplayName("La page de la fiche 9 montre ses deux axes et son budget, montants au format français")
    void fichePageShowsAxesAndBudget() throws Exception {
        mvc.perform(get("/conventions/{c}/fiches-actions/{f}", convention(), fiche("9")).with(en("agent.prefecture")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lutter contre la grande exclusion")))
                .andExpect(content().string(containsString("Construire une transition écologique solidaire")))
                .andExpect(content().string(containsString("25\u202F428,00\u00A0€")))
                .andExpect(content().string(containsString("100\u202F856,00\u00A0€")));
    }

    @Test
    @DisplayName("R-IND-1 — la page de la fiche 1 montre ses indicateurs, mêmes valeurs que l'annexe 1 (52 / 60 / 70, 18 % / 30 %)")
    void fichePageShowsTheSameIndicatorRecords() throws Exception {
        mvc.perform(get("/conventions/{c}/fiches-actions/{f}", convention(), fiche("1")).with(en("agent.prefecture")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nombre d&#39;enfants accompagnés")))
                .andExpect(content().string(containsString("<td>52</td>")))
                .andExpect(content().string(containsString("<td>60</td>")))
                .andExpect(content().string(containsString("<td>70</td>")))
                .andExpect(content().string(containsString("<td>18\u00A0%</td>")))
                .andExpect(content().string(containsString("<th scope=\"col\">Cible 2027</th>")));
    }

    @Test
    @DisplayName("R-IMP-1 — « 110 00 € » est refusé avec un message en français ; la saisie est conservée, rien n'est enregistré")
    void malformedAmountIsRefusedAndKept() throws Exception {
        long fiche7 = fiche("7");
        BigDecimal avant = etat2024(fiche7);
        mvc.perform(formulaireFiche7("110 00 €").with(en("agent.departement")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("fiche/fiche-action-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "budget[0].etat", "montant.invalide"))
                .andExpect(content().string(containsString("Le montant « 110 00 € »")))
                .andExpect(content().string(containsString("value=\"110 00 &euro;\"")));
        assertThat(etat2024(fiche7)).isEqualByComparingTo(avant);
    }

    @Test
    @DisplayName("Champs obligatoires : intitulé vide refusé avec « Indiquez l'intitulé de l'action. »")
    void missingTitleIsRefused() throws Exception {
        mvc.perform(formulaireFiche7("10 000", " ").with(en("agent.departement")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "intitule", "NotBlank"))
                .andExpect(content().string(containsString("Indiquez l&#39;intitulé de l&#39;action.")));
    }

    @Test
    @DisplayName("Une modification valide est enregistrée dans le brouillon (v1) et change son TOTAL FINANCIER "
            + "(578 633 → 583 633 €) ; la version en vigueur garde 578 633 €")
    void validChangeIsSavedAndTotalsFollow() throws Exception {
        long fiche7 = fiche("7");
        mvc.perform(formulaireFiche7("15 000,00 €").with(en("agent.departement")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/conventions/" + convention() + "/fiches-actions/" + fiche7 + "?version=1"));
        assertThat(etat2024(fiche7)).isEqualByComparingTo("15000.00");
        mvc.perform(get("/conventions/{c}/tableau-financier", convention()).param("annee", "2024").param("version", "1")
                        .with(en("agent.departement")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("583\u202F633,00\u00A0€")))
                .andExpect(content().string(containsString("1\u202F820\u202F650,00\u00A0€")));
        mvc.perform(get("/conventions/{c}/tableau-financier", convention()).param("annee", "2024").with(en("agent.departement")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("578\u202F633,00\u00A0€")))
                .andExpect(content().string(containsString("1\u202F815\u202F650,00\u00A0€")));
    }

    @Test
    @DisplayName("R-SEC-3 — la préfecture lit la fiche mais ne peut pas la modifier (403)")
    void prefectureCannotEdit() throws Exception {
        BigDecimal avant = etat2024(fiche("7"));
        mvc.perform(get("/conventions/{c}/fiches-actions/{f}/modifier", convention(), fiche("7")).with(en("agent.prefecture")))
                .andExpect(status().isForbidden());
        mvc.perform(formulaireFiche7("99 999").with(en("agent.finances")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(etat2024(fiche("7"))).isEqualByComparingTo(avant);
    }

    @Test
    @DisplayName("R-SEC-2 — l'agent d'un autre Département reçoit 404 sur une page de la Vienne")
    void otherDepartementGetsNotFound() throws Exception {
        mvc.perform(get("/conventions/{c}", convention()).with(en("agent.autre"))).andExpect(status().isNotFound());
        mvc.perform(get("/conventions/{c}/fiches-actions/{f}", convention(), fiche("9")).with(en("agent.autre")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/conventions/{c}/tableau-financier", convention()).with(en("agent.autre")))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("R-SEC-11 — sans jeton CSRF, l'enregistrement est refusé ; sans connexion, redirection vers la connexion")
    void csrfAndLoginAreRequired() throws Exception {
        mvc.perform(formulaireFiche7("15 000").with(en("agent.departement"))).andExpect(status().isForbidden());
        mvc.perform(get("/conventions")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/connexion"));
    }

    @Test
    @DisplayName("Le tableau financier HTML affiche les sous-totaux et le TOTAL FINANCIER de la Vienne 2024")
    void tableauFinancierPage() throws Exception {
        mvc.perform(get("/conventions/{c}/tableau-financier", convention()).param("annee", "2024").with(en("agent.finances")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1\u202F129\u202F794,00\u00A0€")))
                .andExpect(content().string(containsString("465\u202F000,00\u00A0€")))
                .andExpect(content().string(containsString("220\u202F856,00\u00A0€")))
                .andExpect(content().string(containsString("578\u202F633,00\u00A0€")))
                .andExpect(content().string(containsString("701\u202F524,00\u00A0€")))
                .andExpect(content().string(containsString("535\u202F493,00\u00A0€")))
                .andExpect(content().string(containsString("1\u202F815\u202F650,00\u00A0€")));
    }
}
