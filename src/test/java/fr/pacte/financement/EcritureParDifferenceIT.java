package fr.pacte.financement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.Formulaire;
import fr.pacte.support.PacteIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The one writer of money saves by difference on the natural key of a line: ids of unchanged lines stay, a line of
 * another stade or nature is never touched nor coerced, objet and named AUTRE lines survive, a tampered form is a
 * 400, and an import that leaves fiches out keeps their lines unless asked otherwise.
 */
@PacteIntegrationTest
class EcritureParDifferenceIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private long fiche(String numero) {
        return DemoVienne.fiche(jdbc, numero);
    }

    private Formulaire formulaire(long ficheId) throws Exception {
        String html = mvc.perform(get("/conventions/{c}/fiches-actions/{f}/modifier", vienne(), ficheId)
                        .with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Formulaire.de(html, "form.formulaire[action$=/modifier]");
    }

    private ResultActions enregistrer(Formulaire form) throws Exception {
        return mvc.perform(form.sur(post(form.action())).with(user(utilisateurs.loadUserByUsername("agent.departement")))
                .with(csrf()));
    }

    /** Lines of a fiche in the latest version: id, financeur, nature, amount, objet. */
    private List<Map<String, Object>> lignes(long ficheId) {
        return jdbc.queryForList("select id, exercice, financeur, nature, organisme, stade, montant, objet, justification "
                + "from ligne_financement l where fiche_id = ? and" + DemoVienne.DERNIERE_VERSION + "order by id", ficheId);
    }

    private BigDecimal etatSolidarites2024(int version) {
        return jdbc.queryForObject("select coalesce(sum(montant), 0) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'SOL' "
                + "and l.financeur = 'ETAT' and l.stade = 'PREVU' and" + DemoVienne.enVersion(version), BigDecimal.class,
                vienne());
    }

    @Test
    @DisplayName("Une convention en élaboration : changer un montant le met à jour en place, toutes les lignes gardent leur id")
    void lineIdsStayWhenOneAmountChanges() throws Exception {
        long valDeBrume = jdbc.queryForObject("select id from convention where numero_interne = '2022-C-DEMO-0001'", Long.class);
        jdbc.update("update convention_version set statut = 'BROUILLON' where convention_id = ?", valDeBrume);
        long s2 = jdbc.queryForObject("select id from fiche_action where convention_id = ? and numero = 'S-2'", Long.class,
                valDeBrume);
        List<Map<String, Object>> avant = lignes(s2);
        String html = mvc.perform(get("/conventions/{c}/fiches-actions/{f}/modifier", valDeBrume, s2)
                        .with(user(utilisateurs.loadUserByUsername("agent.autre"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Formulaire form = Formulaire.de(html, "form.formulaire[action$=/modifier]").avec("budget[0].etat", "26 000,00");
        mvc.perform(form.sur(post(form.action())).with(user(utilisateurs.loadUserByUsername("agent.autre"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<Map<String, Object>> apres = lignes(s2);
        assertThat(apres).extracting(m -> m.get("id")).containsExactlyElementsOf(avant.stream().map(m -> m.get("id")).toList());
        assertThat(apres).extracting(m -> m.get("financeur") + " " + m.get("nature") + " " + m.get("montant"))
                .containsExactly("ETAT CREDITS_NOUVEAUX 26000.00", "DEPARTEMENT VALORISATION 25000.00");
        assertThat(jdbc.queryForObject("select count(*) from convention_version where convention_id = ?", Integer.class,
                valDeBrume)).isEqualTo(1);
    }

    @Test
    @DisplayName("Convention signée : seule la ligne changée a une nouvelle ligne dans le brouillon ; les autres gardent "
            + "leur id, et un second enregistrement du brouillon met à jour sa ligne en place")
    void signedConventionChangesGoToTheDraftLineByLine() throws Exception {
        long fiche10 = fiche("10");
        List<Object> idsAvant = lignes(fiche10).stream().map(m -> m.get("id")).toList();
        BigDecimal brouillonAvant = etatSolidarites2024(1);
        enregistrer(formulaire(fiche10).avec("budget[0].etat", "21 000,00")).andExpect(status().is3xxRedirection());
        List<Map<String, Object>> apres = lignes(fiche10);
        assertThat(apres.subList(0, 2)).extracting(m -> m.get("id")).containsExactly(idsAvant.get(1), idsAvant.get(2));
        Object nouvelle = apres.get(2).get("id");
        assertThat(apres.get(2).get("montant")).isEqualTo(new BigDecimal("21000.00"));
        enregistrer(formulaire(fiche10).avec("budget[0].etat", "22 000,00")).andExpect(status().is3xxRedirection());
        assertThat(lignes(fiche10)).extracting(m -> m.get("id")).contains(nouvelle);
        assertThat(etatSolidarites2024(1)).isEqualByComparingTo(brouillonAvant.add(new BigDecimal("2000")));
        assertThat(etatSolidarites2024(0)).isEqualByComparingTo("578633");
    }

    @Test
    @DisplayName("R-FIN-21 — une ligne EXECUTE ne compte pas dans le tableau prévisionnel et un enregistrement ne la supprime pas")
    void executedLineIsNeitherCountedNorDeleted() throws Exception {
        long fiche7 = fiche("7");
        long axe2 = jdbc.queryForObject("select axe_id from allocation_axe where fiche_id = ?", Long.class, fiche7);
        jdbc.update("insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, nature, stade, montant) "
                + "values (?, ?, ?, 2024, 'ETAT', 'CREDITS_NOUVEAUX', 'EXECUTE', 8000.00)", vienne(), fiche7, axe2);
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
        mvc.perform(get("/api/v1/conventions/{id}/controles", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ENVELOPPE"))));
        enregistrer(formulaire(fiche7).avec("budget[0].etat", "11 000,00")).andExpect(status().is3xxRedirection());
        assertThat(lignes(fiche7)).extracting(m -> m.get("stade") + " " + m.get("montant")).contains("EXECUTE 8000.00",
                "PREVU 11000.00");
    }

    @Test
    @DisplayName("R-FIN-15 — une ligne État / valorisation reste une valorisation ; objet et lignes AUTRE nommées survivent")
    void natureObjetAndNamedOtherFinancersSurviveASave() throws Exception {
        long fiche1 = fiche("1");
        long axe1 = jdbc.queryForObject("select axe_id from allocation_axe where fiche_id = ?", Long.class, fiche1);
        jdbc.update("insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, nature, montant) "
                + "values (?, ?, ?, 2026, 'ETAT', 'VALORISATION', 1000.00)", vienne(), fiche1, axe1);
        jdbc.update("insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, organisme, nature, montant) "
                + "values (?, ?, ?, 2026, 'AUTRE', 'MSA', 'CREDITS_NOUVEAUX', 2000.00)", vienne(), fiche1, axe1);
        jdbc.update("update ligne_financement set objet = 'Crèche : 30 places' where fiche_id = ? and financeur = 'DEPARTEMENT'",
                fiche1);
        Formulaire form = formulaire(fiche1);
        assertThat(form.valeur("colonnesSupplementaires[0].colonne")).isEqualTo("ETAT_VALORISATION");
        assertThat(form.valeur("colonnesSupplementaires[1].organisme")).isEqualTo("MSA");
        assertThat(form.valeur("organismeAutres")).isEqualTo("Autres financeurs (CAF, familles)");
        enregistrer(form.avec("budget[0].etat", "93 508,00")).andExpect(status().is3xxRedirection());
        assertThat(lignes(fiche1)).extracting(m -> m.get("financeur") + "/" + m.get("nature") + "/" + m.get("organisme")
                        + "/" + m.get("montant") + "/" + m.get("objet"))
                .containsExactlyInAnyOrder("DEPARTEMENT/CREDITS_NOUVEAUX/null/146000.00/Crèche : 30 places",
                        "AUTRE/CREDITS_NOUVEAUX/Autres financeurs (CAF, familles)/535493.00/null",
                        "ETAT/VALORISATION/null/1000.00/null", "AUTRE/CREDITS_NOUVEAUX/MSA/2000.00/null",
                        "ETAT/CREDITS_NOUVEAUX/null/93508.00/null");
    }

    @Test
    @DisplayName("R-FIN-6 — un axe d'une autre convention ou une colonne inventée : 400 avec une erreur de champ, rien enregistré")
    void tamperedFormIsA400WithAFieldError() throws Exception {
        long fiche7 = fiche("7");
        long axeAutre = jdbc.queryForObject("select a.id from axe a join champ c on c.id = a.champ_id join convention v "
                + "on v.id = c.convention_id where v.numero_interne = '2022-C-DEMO-0001' order by a.id limit 1", Long.class);
        List<Map<String, Object>> avant = lignes(fiche7);
        enregistrer(formulaire(fiche7).avec("budget[0].axeId", String.valueOf(axeAutre)).avec("budget[0].etat", "1 000"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "budget[0].axeId", "formulaire.axeInconnu"));
        enregistrer(formulaire(fiche7).avec("axeIds", String.valueOf(axeAutre)))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "axeIds", "formulaire.axeInconnu"));
        enregistrer(formulaire(fiche7).avec("axeIds", "abc")).andExpect(status().isBadRequest());
        enregistrer(formulaire(fiche7).avec("budget[0].exercice", "1999")).andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "budget[0].exercice", "formulaire.exerciceHorsChamp"));
        enregistrer(formulaire(fiche7).avec("colonnesSupplementaires[0].colonne", "ETAT_FANTOME")
                        .avec("budget[0].supplements[0]", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "colonnesSupplementaires[0].colonne",
                        "formulaire.colonneInconnue"));
        assertThat(lignes(fiche7)).isEqualTo(avant);
        assertThat(jdbc.queryForObject("select count(*) from ligne_financement where axe_id = ? and convention_id = ?",
                Integer.class, axeAutre, vienne())).isZero();
    }

    @Test
    @DisplayName("R-IMP-15 — un fichier partiel (fiche 1 seule) garde les lignes des fiches omises et le dit (2024 : "
            + "1 815 650 € et la justification de la fiche 13 restent) ; remplacer=exercice les supprime (2025)")
    void partialFileKeepsTheOtherFichesUnlessAskedToReplace() throws Exception {
        String csv = "Axe;Fiche;Intitulé;État;Département;Autres;Total\n"
                + "Axe 1;1;Crèche familiale préventive;93 507,00 €;146 000,00 €;535 493,00 €;775 000,00 €\n";
        MockMultipartFile fichier = new MockMultipartFile("fichier", "partiel.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/conventions/{id}/tableau-financier", vienne()).file(fichier).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enregistre").value(true))
                .andExpect(jsonPath("$.constats[?(@.code == 'FICHE_OMISE')]", org.hamcrest.Matchers.hasSize(13)))
                .andExpect(content().string(containsString("ses lignes sont conservées")));
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024").param("version", "1")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.champs[0].total").value(1815650.00));
        assertThat(jdbc.queryForObject("select justification from ligne_financement l where fiche_id = ? and exercice = 2024 "
                + "and" + DemoVienne.enVersion(1), String.class, fiche("13"))).isEqualTo("Financement prévu en 2025");

        // 2025 (only fiche 13 has money then): asked to replace the exercice, the file is the whole of 2025
        DemoVienne.lignes2025DeLaFiche13EnVersion0(jdbc);
        mvc.perform(multipart("/api/v1/conventions/{id}/tableau-financier", vienne()).file(fichier).param("annee", "2025")
                        .param("remplacer", "exercice").with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constats[?(@.code == 'FICHE_OMISE')]", org.hamcrest.Matchers.hasSize(1)))
                .andExpect(content().string(containsString("sont supprimées")));
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2025").param("version", "1")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].total").value(775000.00));
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2025")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].total").value(30000.00));
    }
}
