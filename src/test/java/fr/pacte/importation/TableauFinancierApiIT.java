package fr.pacte.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two endpoints of contracts/tableau-financier.md on real PostgreSQL with the Vienne 2024 demo data: the check
 * (nothing saved) and the import (saved only without ERREUR, otherwise 422 and the database untouched).
 */
@PacteIntegrationTest
class TableauFinancierApiIT {

    private static final String VERIFIER = "/api/v1/controles/tableau-financier";
    private static final String IMPORTER = "/api/v1/conventions/{id}/tableau-financier";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private static MockMultipartFile fichier(String fixture) {
        return new MockMultipartFile("fichier", fixture, "text/csv", VerificationTableauTest.fixture(fixture));
    }

    private static MockMultipartFile fichier(String nom, String contenu) {
        return new MockMultipartFile("fichier", nom, "text/csv", contenu.getBytes(StandardCharsets.UTF_8));
    }

    /** Every 2024 line of the convention, to prove that nothing changed. */
    private List<Map<String, Object>> lignes2024() {
        return jdbc.queryForList("select fiche_id, axe_id, financeur, nature, montant, justification from ligne_financement "
                + "where convention_id = ? and exercice = 2024 order by fiche_id, axe_id, financeur, nature", vienne());
    }

    @Test
    @DisplayName("R-FIN-2, R-FIN-3, R-FIN-4 — FX-2 : le contrôle du tableau imprimé répond 200 avec exactement les constats du contrat")
    void checkOfThePrintedTable() throws Exception {
        List<Map<String, Object>> avant = lignes2024();
        mvc.perform(multipart(VERIFIER).file(fichier("vienne-2024-imprime.csv")).param("enveloppeEtat", "578633")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lignes").value(14))
                .andExpect(jsonPath("$.colonnesIgnorees[0]").value("Investissements ciblés"))
                .andExpect(jsonPath("$.totaux.etat").value(558633.00))
                .andExpect(jsonPath("$.totaux.total").value(1775650.00))
                .andExpect(jsonPath("$.axes", hasSize(3)))
                .andExpect(jsonPath("$.axes[2].axe").value("Axe 3"))
                .andExpect(jsonPath("$.axes[2].etat").value(90428.00))
                .andExpect(jsonPath("$.constats", hasSize(7)))
                .andExpect(jsonPath("$.constats[0].code").value("SOUS_TOTAL"))
                .andExpect(jsonPath("$.constats[0].gravite").value("ERREUR"))
                .andExpect(jsonPath("$.constats[0].ligne").value(19))
                .andExpect(jsonPath("$.constats[0].colonne").value("etat"))
                .andExpect(jsonPath("$.constats[2].colonne").value("total"))
                .andExpect(jsonPath("$.constats[2].ecart").value(40000.00))
                .andExpect(jsonPath("$.constats[5].code").value("TOTAL_GENERAL"))
                .andExpect(jsonPath("$.constats[6].code").value("ENVELOPPE"))
                .andExpect(jsonPath("$.constats[6].ligne").doesNotExist())
                .andExpect(jsonPath("$.enregistre").doesNotExist())
                .andExpect(content().string(containsString("\"totaux\":{\"etat\":558633.00,\"departement\":681524.00,"
                        + "\"autres\":535493.00,\"report\":0.00,\"total\":1775650.00}")))
                .andExpect(content().string(containsString("{\"code\":\"SOUS_TOTAL\",\"gravite\":\"ERREUR\",\"ligne\":19,"
                        + "\"colonne\":\"etat\",\"declare\":110428.00,\"calcule\":90428.00,\"ecart\":20000.00,"
                        + "\"message\":\"Sous-total de l'axe 3 (État) : 110 428,00 € déclarés, "
                        + "90 428,00 € calculés (écart 20 000,00 €).\"}")));
        assertThat(lignes2024()).isEqualTo(avant);
    }

    @Test
    @DisplayName("R-IMP-1 : un fichier illisible, trop gros ou des paramètres inconnus répondent 400 {\"erreur\"} en français ; sans compte, 401")
    void unreadableFiles() throws Exception {
        mvc.perform(multipart(VERIFIER).file(new MockMultipartFile("fichier", "a.pdf", "application/pdf",
                        "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("ni un CSV")));
        mvc.perform(multipart(VERIFIER).file(fichier("t.csv", "Fiche;Intitulé;État\n1;a;1\n"))
                        .with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("« Département »")));
        byte[] gros = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(gros, (byte) 'a');
        mvc.perform(multipart(VERIFIER).file(new MockMultipartFile("fichier", "gros.csv", "text/csv", gros))
                        .with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("5 Mo")));
        mvc.perform(multipart(VERIFIER).file(fichier("vienne-2024.csv")).param("parite", "partout")
                        .with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("ligne, global et aucune")));
        mvc.perform(multipart(VERIFIER).with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("fichier")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(VERIFIER)
                        .contentType("text/csv").content("Fiche;Intitulé;État;Département\n")
                        .with(httpBasic("agent.finances", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").exists());
        mvc.perform(multipart(VERIFIER).file(fichier("vienne-2024.csv")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("R-IMP-17 — FX-2 : importer le tableau imprimé répond 422, nomme la fiche 14 (R-IMP-3) et n'enregistre rien")
    void importWithErrorsSavesNothing() throws Exception {
        List<Map<String, Object>> avant = lignes2024();
        mvc.perform(multipart(IMPORTER, vienne()).file(fichier("vienne-2024-imprime.csv")).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.enregistre").value(false))
                .andExpect(jsonPath("$.lignes").value(14))
                .andExpect(jsonPath("$.constats[?(@.code == 'SOUS_TOTAL')]", hasSize(3)))
                .andExpect(jsonPath("$.constats[?(@.code == 'FICHE_ABSENTE')].ligne").value(19))
                .andExpect(jsonPath("$.constats[?(@.code == 'FICHE_ABSENTE')].message")
                        .value(hasItem(containsString("fiche 14"))));
        mvc.perform(multipart(IMPORTER, vienne()).file(fichier("vienne-2024-malforme.csv")).param("annee", "2024")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.enregistre").value(false))
                .andExpect(jsonPath("$.constats[0].code").value("MONTANT_INVALIDE"))
                .andExpect(jsonPath("$.constats[0].ligne").value(7));
        mvc.perform(multipart(IMPORTER, vienne()).param("annee", "2024").file(fichier("inconnue.csv",
                                "Axe;Fiche;Intitulé;État;Département\n3;99;Fiche inconnue;1;1\n1;9;Mauvais axe;1;1\n"
                                        + "1;;Axe 1 ou volet 1 ?;1;0\n"))
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.constats[?(@.code == 'FICHE_INCONNUE')].ligne").value(2))
                .andExpect(jsonPath("$.constats[?(@.code == 'AXE_NON_ALLOUE')].ligne").value(3))
                .andExpect(jsonPath("$.constats[?(@.code == 'AXE_INCONNU')].ligne").value(4))
                .andExpect(jsonPath("$.enregistre").value(false));
        assertThat(lignes2024()).isEqualTo(avant);
    }

    @Test
    @DisplayName("R-SEC-2 : seul un agent du Département importe (403 sinon) ; hors périmètre 404 ; rien n'est enregistré")
    void onlyDepartementEditorsImport() throws Exception {
        List<Map<String, Object>> avant = lignes2024();
        mvc.perform(multipart(IMPORTER, vienne()).file(fichier("vienne-2024.csv")).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(IMPORTER, vienne()).file(fichier("vienne-2024.csv")).param("annee", "2024")
                        .with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(IMPORTER, vienne()).file(fichier("vienne-2024.csv"))
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("annee")));
        assertThat(lignes2024()).isEqualTo(avant);
    }

    @Test
    @DisplayName("R-IMP-17 : un tableau sans erreur (fiche 7 État porté à 15 000 €) est enregistré (200) ; les natures et les lignes France Travail sont gardées")
    void importWithoutErrorsIsSaved() throws Exception {
        DemoVienne.lignes2025DeLaFiche13EnVersion0(jdbc);
        int lignesFt = jdbc.queryForObject("select count(*) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'FT'",
                Integer.class, vienne());

        mvc.perform(multipart(IMPORTER, vienne()).file(fichier("vienne-2024-fiche7.csv"))
                        .param("annee", "2024").param("enveloppeEtat", "583633")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enregistre").value(true))
                .andExpect(jsonPath("$.constats", hasSize(0)))
                .andExpect(jsonPath("$.totaux.etat").value(583633.00));

        // The Vienne is signed: the import went into its draft (v1); the version in force still has 578 633 €.
        assertThat(jdbc.queryForObject("select sum(montant) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'SOL' "
                + "and l.financeur = 'ETAT' and" + DemoVienne.enVersion(1), java.math.BigDecimal.class, vienne()))
                .isEqualByComparingTo("583633");
        assertThat(jdbc.queryForObject("select sum(montant) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'SOL' "
                + "and l.financeur = 'ETAT' and" + DemoVienne.enVersion(0), java.math.BigDecimal.class, vienne()))
                .isEqualByComparingTo("578633");
        assertThat(jdbc.queryForList("select nature, montant from ligne_financement l join fiche_action f on f.id = l.fiche_id "
                + "where l.convention_id = ? and l.exercice = 2024 and f.numero = '10' and l.financeur = 'DEPARTEMENT' "
                + "and" + DemoVienne.enVersion(1) + "order by nature", vienne()))
                .extracting(m -> m.get("nature") + " " + m.get("montant"))
                .containsExactly("CREDITS_NOUVEAUX 10000.00", "VALORISATION 10000.00");
        assertThat(jdbc.queryForObject("select justification from ligne_financement l join fiche_action f on f.id = l.fiche_id "
                + "where l.convention_id = ? and l.exercice = 2024 and f.numero = '13' and" + DemoVienne.enVersion(1),
                String.class, vienne()))
                .isEqualTo("Financement prévu en 2025");
        assertThat(jdbc.queryForObject("select count(*) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'FT' "
                + "and" + DemoVienne.enVersion(1), Integer.class, vienne())).isEqualTo(lignesFt);
        assertThat(jdbc.queryForObject("select count(*) from ligne_financement l where convention_id = ? and exercice = 2025 "
                + "and" + DemoVienne.enVersion(1), Integer.class, vienne())).isEqualTo(2);
    }
}
