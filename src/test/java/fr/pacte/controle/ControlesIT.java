package fr.pacte.controle;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The findings of the Vienne 2024 demo convention, as JSON and on the Contrôles page (DOMAIN.md FX-3, FX-6, FX-8). */
@PacteIntegrationTest
class ControlesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    @Test
    @DisplayName("R-FIN-7 — FX-3 : l'API des contrôles 2024 donne l'écart de la fiche 3 (135 090 contre 135 096, −6,00 €), FA23 à 46,59 % et les parts de la fiche 9, rien d'autre")
    void vienneFindings() throws Exception {
        // money findings only: the indicator findings of the same convention are asserted below
        mvc.perform(get("/api/v1/conventions/{id}/controles", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constats[?(@.code in ['MONTANT_FICHE', 'PARITE', 'PART_AXE'])]", hasSize(4)))
                .andExpect(jsonPath("$.constats[?(@.code nin ['MONTANT_FICHE', 'PARITE', 'PART_AXE'])].code",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("INDICATEUR_"))))
                .andExpect(jsonPath("$.constats[?(@.gravite == 'ERREUR')]", hasSize(0)))
                .andExpect(jsonPath("$.constats[?(@.code == 'MONTANT_FICHE')].fiche").value("3"))
                .andExpect(jsonPath("$.constats[?(@.code == 'MONTANT_FICHE')].colonne").value("departement"))
                .andExpect(jsonPath("$.constats[?(@.code == 'MONTANT_FICHE')].declare").value(135090.00))
                .andExpect(jsonPath("$.constats[?(@.code == 'MONTANT_FICHE')].calcule").value(135096.00))
                .andExpect(jsonPath("$.constats[?(@.code == 'MONTANT_FICHE')].ecart").value(-6.00))
                .andExpect(jsonPath("$.constats[?(@.code == 'PARITE')].fiche").value("23"))
                .andExpect(jsonPath("$.constats[?(@.code == 'PARITE')].declare").value(46.59))
                .andExpect(jsonPath("$.constats[?(@.code == 'PARITE')].calcule").value(50.00))
                .andExpect(jsonPath("$.constats[?(@.code == 'PART_AXE')].fiche").value(org.hamcrest.Matchers.contains("9", "9")))
                .andExpect(jsonPath("$.constats[?(@.code == 'PART_AXE')].gravite").value(org.hamcrest.Matchers.contains("INFO", "INFO")))
                .andExpect(content().string(containsString("\"ecart\":-6.00")))
                .andExpect(content().string(containsString("\"declare\":46.59,\"calcule\":50.00")));
    }

    @Test
    @DisplayName("R-SEC-2 : la convention d'un autre Département répond 404 ; sans exercice, 400 en français")
    void scopeAndParameters() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/controles", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conventions/{id}/controles", vienne()).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("annee=2024")));
    }

    @Test
    @DisplayName("R-SEC-11 : la description OpenAPI et Swagger UI demandent une connexion ; elle décrit les nouveaux codes")
    void openApiBehindAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/connexion"));
        mvc.perform(get("/v3/api-docs").with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/controles/tableau-financier'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/conventions/{id}/tableau-financier'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/conventions/{id}/controles'].get").exists())
                .andExpect(content().string(containsString("MONTANT_FICHE")))
                .andExpect(content().string(containsString("MONTANT_EN_LETTRES")))
                .andExpect(content().string(containsString("FICHE_ABSENTE")));
    }

    @Test
    @DisplayName("R-SEC-2 : l'écran d'import est réservé aux agents du Département (403 pour la préfecture)")
    void importScreenForEditorsOnly() throws Exception {
        mvc.perform(get("/conventions/{id}/tableau-financier/import", vienne())
                        .with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/conventions/{id}/tableau-financier/import", vienne())
                        .with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isOk())
                .andExpect(view().name("importation/import-tableau"))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("class=\"progression\"")));
    }

    @Test
    @DisplayName("R-FIN-7 : la page Contrôles montre l'écart de la fiche 3 avec un lien vers la fiche, avertissements repliables")
    void controlesPage() throws Exception {
        long fiche3 = DemoVienne.fiche(jdbc, "3");
        mvc.perform(get("/conventions/{id}/controles", vienne()).param("annee", "2024")
                        .with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(status().isOk())
                .andExpect(view().name("controle/controles"))
                // money: fiche 3 gap, FA23 parity, fiche 9 shares; indicators: R-IND-1, R-IND-4, R-IND-5, R-IND-11, unit
                .andExpect(content().string(containsString("Aucune erreur, 19 avertissements, 3 informations.")))
                .andExpect(content().string(containsString("« 259 » dans la fiche-action, « 320 » dans l&#39;annexe 4")))
                .andExpect(content().string(containsString("<td>T0 (situation de départ)</td>")))
                .andExpect(content().string(containsString("<td>Cible 2024</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))))
                .andExpect(content().string(containsString("/conventions/" + vienne() + "/fiches-actions/" + fiche3)))
                .andExpect(content().string(containsString("135 090,00 € écrits dans la fiche")))
                .andExpect(content().string(containsString("id=\"groupe-AVERTISSEMENT\"")))
                .andExpect(content().string(not(containsString("groupe-ERREUR"))));
    }

    @Test
    @DisplayName("R-IND-1 — FX-17 : les contrôles 2024 listent les deux divergences entre annexes (fiche 6 : 259 / 320 ; fiche 10 : 390 / 360)")
    void crossAnnexMismatchesAppearInTheControls() throws Exception {
        mvc.perform(get("/api/v1/conventions/{id}/controles", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES')]", hasSize(2)))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES')].fiche",
                        org.hamcrest.Matchers.containsInAnyOrder("6", "10")))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '6')].declare").value(320))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '6')].calcule").value(259))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '10')].declare").value(360))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '10')].calcule").value(390))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_ANNEXES' && @.fiche == '1')]", hasSize(0)));
    }
}
