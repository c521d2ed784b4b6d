package fr.pacte.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.document.ClasseurConvention;
import fr.pacte.document.ClasseurConventionTest;
import fr.pacte.support.PacteIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The screens of issue 9: the home page of a Département without convention, "Nouvelle convention" step by step (a
 * rejected step keeps what was typed), the montants conventionnels with their amount in words (R-FIN-13), the import
 * of a workbook (findings per sheet and row, "Enregistrer" only when nothing blocks), and the PDI/PTI demo pages.
 */
@PacteIntegrationTest
class DocumentWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private RequestPostProcessor qui(String login) {
        return user(utilisateurs.loadUserByUsername(login));
    }

    /**
     * The browser's session across requests: sessions are kept in PostgreSQL (Spring Session), so a step that needs
     * the file checked before sends back the SESSION cookie, as a browser does.
     */
    private final class Session {
        private jakarta.servlet.http.Cookie cookie;

        org.springframework.test.web.servlet.ResultActions perform(
                org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> requete) throws Exception {
            if (cookie != null) {
                requete.cookie(cookie);
            }
            org.springframework.test.web.servlet.ResultActions r = mvc.perform(requete);
            jakarta.servlet.http.Cookie nouveau = r.andReturn().getResponse().getCookie("SESSION");
            if (nouveau != null) {
                cookie = nouveau;
            }
            return r;
        }
    }

    private long pdi() {
        return jdbc.queryForObject("select id from convention where numero_interne = 'PDI-PTI-2011-2013'", Long.class);
    }

    @Test
    @DisplayName("R-SEC-13 — l'accueil d'un Département sans convention dit quoi faire ; la préfecture ne voit pas « Nouvelle convention »")
    void homePageOfADepartementWithoutConventionSaysWhatToDo() throws Exception {
        mvc.perform(get("/conventions").with(qui("agent.deux-sevres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"aucune-convention\"")))
                .andExpect(content().string(containsString("Nouvelle convention")))
                .andExpect(content().string(containsString("/conventions/modele.xlsx")));
        mvc.perform(get("/conventions").with(qui("agent.prefecture")))
                .andExpect(content().string(not(containsString("id=\"nouvelle-convention\""))))
                .andExpect(content().string(containsString("En exécution")));
        mvc.perform(get("/conventions/nouvelle").with(qui("agent.prefecture"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("Nouvelle convention : une étape refusée garde la saisie ; chaque étape enregistrée (identité, champ, axes, fiche) ; montants en lettres vérifiés (R-FIN-13)")
    void newConventionStepByStep() throws Exception {
        // Step 1 refused: the votes do not balance (R-ADM-4); what was typed comes back.
        mvc.perform(post("/conventions/nouvelle").with(qui("agent.deux-sevres")).with(csrf())
                        .param("numero", "2025-C-WEB-0001").param("intitule", "Contrat saisi à l'écran")
                        .param("type", "PACTE_SOLIDARITES").param("parties[0].role", "ETAT")
                        .param("parties[0].organisme", "Préfecture des Deux-Sèvres")
                        .param("deliberation.organe", "CONSEIL_DEPARTEMENTAL").param("deliberation.dateSeance", "2025-01-10")
                        .param("deliberation.pour", "30").param("deliberation.contre", "0").param("deliberation.abstentions", "0")
                        .param("deliberation.presents", "31").param("deliberation.representes", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les votes ne sont pas équilibrés")))
                .andExpect(content().string(containsString("value=\"Pr&eacute;fecture des Deux-S&egrave;vres\"")));
        assertThat(jdbc.queryForObject("select count(*) from convention where numero_interne = '2025-C-WEB-0001'",
                Integer.class)).isZero();
        String lieu = mvc.perform(post("/conventions/nouvelle").with(qui("agent.deux-sevres")).with(csrf())
                        .param("numero", "2025-C-WEB-0001").param("intitule", "Contrat saisi à l'écran")
                        .param("type", "PACTE_SOLIDARITES").param("parties[0].role", "ETAT")
                        .param("parties[0].organisme", "Préfecture des Deux-Sèvres"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.queryForObject("select id from convention where numero_interne = '2025-C-WEB-0001'", Long.class);
        assertThat(lieu).isEqualTo("/conventions/" + id + "/structure");
        // Step 2: a champ with an exercice start that is not a date is refused, its fields kept.
        mvc.perform(post("/conventions/{id}/champs", id).with(qui("agent.deux-sevres")).with(csrf())
                        .param("code", "SOL").param("libelle", "Solidarités").param("debut", "2025-07-01")
                        .param("fin", "2027-06-30").param("debutExercice", "13-45").param("versement", "UNIQUE 100 % SIGNATURE")
                        .param("parite.portee", "LIGNE").param("parite.base", "ETAT_DEPARTEMENT").param("parite.seuil", "50")
                        .param("seuilSousConsommation", "80"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13-45")))
                .andExpect(content().string(containsString("id=\"resume-erreurs\"")));
        mvc.perform(post("/conventions/{id}/champs", id).with(qui("agent.deux-sevres")).with(csrf())
                        .param("code", "SOL").param("libelle", "Solidarités").param("debut", "2025-07-01")
                        .param("fin", "2027-06-30").param("debutExercice", "07-01").param("versement", "UNIQUE 100 % SIGNATURE")
                        .param("parite.portee", "LIGNE").param("parite.base", "ETAT_DEPARTEMENT").param("parite.seuil", "50")
                        .param("seuilSousConsommation", "80"))
                .andExpect(status().is3xxRedirection());
        long champ = jdbc.queryForObject("select id from champ where convention_id = ?", Long.class, id);
        for (String[] axe : List.of(new String[] {"S", "Socle", "SECTION", ""}, new String[] {"1", "Enfance", "THEME", "S"})) {
            String parent = axe[3].isEmpty() ? ""
                    : String.valueOf(jdbc.queryForObject("select id from axe where champ_id = ? and numero = ?", Long.class,
                    champ, axe[3]));
            mvc.perform(post("/conventions/{id}/champs/{c}/axes", id, champ).with(qui("agent.deux-sevres")).with(csrf())
                    .param("numero", axe[0]).param("libelle", axe[1]).param("type", axe[2]).param("parentId", parent)
                    .param("pariteApplicable", "true")).andExpect(status().is3xxRedirection());
        }
        long theme = jdbc.queryForObject("select id from axe where champ_id = ? and numero = '1'", Long.class, champ);
        mvc.perform(post("/conventions/{id}/fiches", id).with(qui("agent.deux-sevres")).with(csrf())
                        .param("champId", String.valueOf(champ)).param("numero", "6").param("cle", "S-6")
                        .param("intitule", "Prévention").param("description", "Décrite.").param("statut", "NOUVELLE")
                        .param("axeIds", String.valueOf(theme)))
                .andExpect(status().is3xxRedirection());
        String structure = mvc.perform(get("/conventions/{id}/structure", id).with(qui("agent.deux-sevres")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(structure).contains("2025-2026, 2026-2027", "Section S — Socle", "Thème 1 — Enfance", "S-6");
        assertThat(structure).doesNotContain("??");
        // Montants conventionnels: words that do not say the figures are refused (R-FIN-13).
        mvc.perform(get("/conventions/{id}/montants-conventionnels", id).with(qui("agent.deux-sevres")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2025-2026")));
        mvc.perform(post("/conventions/{id}/montants-conventionnels", id).with(qui("agent.deux-sevres")).with(csrf())
                        .param("annee", "2025").param("lignes[0].champId", String.valueOf(champ))
                        .param("lignes[0].libelle", "SOL").param("lignes[0].montant", "238 205,00")
                        .param("lignes[0].enLettres", "deux-cent trente-huit mille euros"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-FIN-13")));
        mvc.perform(post("/conventions/{id}/montants-conventionnels", id).with(qui("agent.deux-sevres")).with(csrf())
                        .param("annee", "2025").param("lignes[0].champId", String.valueOf(champ))
                        .param("lignes[0].libelle", "SOL").param("lignes[0].montant", "238 205,00")
                        .param("lignes[0].enLettres", "deux-cent trente-huit mille deux-cent cinq euros"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select montant from montant_conventionnel where convention_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("238205.00");
        // Another Département's agent does not see it.
        mvc.perform(get("/conventions/{id}/structure", id).with(qui("agent.departement"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Importer une convention : le modèle se télécharge ; un montant illisible bloque (feuille et ligne) ; le modèle tel quel s'enregistre")
    void importAWorkbookFromTheTemplate() throws Exception {
        byte[] modele = mvc.perform(get("/conventions/modele.xlsx").with(qui("agent.deux-sevres")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ClasseurConvention.lire(modele).document().numero()).isEqualTo("2025-C-EXEMPLE-0001");
        Session session = new Session();
        byte[] casse = ClasseurConventionTest.remplacer(modele, "Lignes", 1, 7, "110 00 €");
        session.perform(multipart("/conventions/import").file(new MockMultipartFile("fichier", "convention.xlsx", null, casse))
                        .with(qui("agent.deux-sevres")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("110 00")))
                .andExpect(content().string(containsString("id=\"import-bloque\"")))
                .andExpect(content().string(not(containsString("id=\"enregistrer-convention\""))));
        String page = session.perform(multipart("/conventions/import").file(new MockMultipartFile("fichier", "convention.xlsx",
                        null, modele)).with(qui("agent.deux-sevres")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"enregistrer-convention\"")))
                .andReturn().getResponse().getContentAsString();
        String jeton = page.replaceAll("(?s).*name=\"jeton\" value=\"([^\"]+)\".*", "$1");
        session.perform(post("/conventions/import/enregistrer").param("jeton", jeton).with(qui("agent.deux-sevres"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from convention c join departement d on d.id = c.departement_id "
                + "where c.numero_interne = '2025-C-EXEMPLE-0001' and d.code = '79'", Integer.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-IMP-8 — l'import d'un tableau financier propose de créer les fiches que le fichier nomme et qu'une convention en élaboration n'a pas ; rien n'est créé avant confirmation")
    void tableauImportCreatesTheMissingFichesOnceConfirmed() throws Exception {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        mvc.perform(post("/api/v1/conventions").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(fr.pacte.document.DocumentConventionIT.petite(json, "2025-C-TAB-0001")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isCreated());
        long id = jdbc.queryForObject("select id from convention where numero_interne = '2025-C-TAB-0001'", Long.class);
        byte[] csv = "Fiche;Intitulé;Axe;État;Département\n1;Crèche;1;10000;10000\n4;Épicerie solidaire;2;5000;5000\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Session session = new Session();
        String page = session.perform(multipart("/conventions/{id}/tableau-financier/import", id)
                        .file(new MockMultipartFile("fichier", "tableau.csv", "text/csv", csv)).param("annee", "2025")
                        .param("parite", "ligne").param("baseParite", "etat_departement")
                        .with(qui("agent.deux-sevres")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-creer-fiches\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fiche 4 « \u00c9picerie solidaire »".replace("\u00c9", "&Eacute;").replace("«", "&laquo;")
                .replace("»", "&raquo;").substring(0, 7));
        assertThat(jdbc.queryForObject("select count(*) from fiche_action where convention_id = ?", Integer.class, id))
                .isEqualTo(3);
        String jeton = page.replaceAll("(?s).*id=\"form-creer-fiches\".*?name=\"jeton\" value=\"([^\"]+)\".*", "$1");
        String verifie = session.perform(post("/conventions/{id}/tableau-financier/import/fiches", id).param("jeton", jeton)
                        .with(qui("agent.deux-sevres")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fiches-creees\"")))
                .andExpect(content().string(containsString("id=\"form-enregistrer\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("select count(*) from fiche_action where convention_id = ? and cle = '4'",
                Integer.class, id)).isEqualTo(1);
        String jetonImport = verifie.replaceAll("(?s).*id=\"form-enregistrer\".*?name=\"jeton\" value=\"([^\"]+)\".*", "$1");
        session.perform(post("/conventions/{id}/tableau-financier/import/enregistrer", id).param("jeton", jetonImport)
                        .with(qui("agent.deux-sevres")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select sum(montant) from ligne_financement l join fiche_action f on f.id = l.fiche_id "
                + "where f.convention_id = ? and f.cle = '4'", java.math.BigDecimal.class, id)).isEqualByComparingTo("10000.00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/conventions/{c}", "/conventions/{c}/tableau-financier", "/conventions/{c}/controles",
            "/conventions/{c}/indicateurs", "/conventions/{c}/fiches-actions/{f}", "/conventions/{c}/structure",
            "/conventions/{c}/document.xlsx", "/conventions/{c}/document.json", "/conventions/{c}/indicateurs/saisie?annee=2011",
            "/conventions/{c}/tableau-financier/import", "/conventions/{c}/fiches-actions/{f}/modifier"})
    @DisplayName("Le PDI/PTI 2011-2013 (sans argent) : chaque page s'affiche en français ; le tableau financier dit qu'il n'y a pas de montant")
    void pdiPtiPagesRender(String modele) throws Exception {
        long pdi = pdi();
        long fiche5 = jdbc.queryForObject("select id from fiche_action where convention_id = ? and numero = '5'", Long.class, pdi);
        String url = modele.replace("{c}", String.valueOf(pdi)).replace("{f}", String.valueOf(fiche5));
        var reponse = mvc.perform(get(url).with(qui("agent.prefecture"))).andReturn().getResponse();
        if (url.endsWith("/structure") || url.endsWith("/import") || url.endsWith("/modifier")) {
            assertThat(reponse.getStatus()).isEqualTo(403);
            reponse = mvc.perform(get(url).with(qui("agent.departement"))).andReturn().getResponse();
        }
        assertThat(reponse.getStatus()).isEqualTo(200);
        if (!url.contains("/document.")) {
            assertThat(reponse.getContentAsString()).doesNotContain("??").contains("lang=\"fr\"");
        }
        if (url.endsWith("/tableau-financier")) {
            assertThat(reponse.getContentAsString()).contains("id=\"sans-montant\"").doesNotContain("TOTAL FINANCIER");
        }
        if (url.endsWith("/conventions/" + pdi)) {
            assertThat(reponse.getContentAsString()).contains("Section F1", "Thème 1.1", "PDI / PTI");
        }
    }
}
