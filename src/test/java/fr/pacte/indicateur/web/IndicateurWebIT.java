package fr.pacte.indicateur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The Indicateurs page, its XLSX export and the annual entry grid on the Vienne demo data, with security on. */
@PacteIntegrationTest
class IndicateurWebIT {

    private static final Pattern CELLULE = Pattern.compile(
            "data-cellule=\"([^\"]+)\"[^>]*>\\s*<span class=\"texte\">([^<]*)</span>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    private RequestPostProcessor en(String login) {
        return user(utilisateurs.loadUserByUsername(login));
    }

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private String page(String url, String login) throws Exception {
        return mvc.perform(get(url, vienne()).with(en(login))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Every value cell of the page, in page order, as its printed text. */
    private static List<String> cellules(String html) {
        List<String> textes = new ArrayList<>();
        Matcher m = CELLULE.matcher(html);
        while (m.find()) {
            textes.add(HtmlUtils.htmlUnescape(m.group(2)).strip());
        }
        return textes;
    }

    @Test
    @DisplayName("R-IND-1 — annexe 1 : la page Indicateurs montre la fiche 1 telle que la source : 52 / 60 / 70, 18 % / 30 %")
    void matrixShowsFiche1AsInTheSource() throws Exception {
        String html = page("/conventions/{id}/indicateurs", "agent.departement");

        assertThat(html).contains("Action 1 : Crèche familiale préventive", "Nombre d&#39;enfants accompagnés",
                "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2027",
                "Action 9 : Chargé(e) de mission prévention expulsion",
                "Tableau des indicateurs nationaux des contrats locaux des solidarités",
                "(fiches action n°3 et n°4)", "(fiche action n°9)", "non concerné");
        List<String> valeurs = cellules(html);
        assertThat(valeurs).containsSubsequence("52", "60", "58", "70", "", "70", "", "70", "");
        assertThat(valeurs).containsSubsequence("18\u00A0%", "30\u00A0%", "27\u00A0%", "30\u00A0%");
        assertThat(html).contains("atteinte 96,7\u00A0%");
    }

    @Test
    @DisplayName("R-IND-1 — annexe 1 « telle que signée » ne garde que les indicateurs imprimés dans l'annexe 1 (pas la fiche 12)")
    void signedAnnexOnlyKeepsPrintedIndicators() throws Exception {
        String tous = page("/conventions/{id}/indicateurs", "agent.prefecture");
        String signee = page("/conventions/{id}/indicateurs?telQueSigne=true", "agent.prefecture");

        assertThat(tous).contains("Action 12 : Auto-école sociale itinérante");
        assertThat(signee).doesNotContain("Action 12 :").contains("Action 11 : SOLIGO garage solidaire");
    }

    @Test
    @DisplayName("R-IND-1 — export XLSX : relu avec POI, l'export donne exactement les valeurs de l'écran, dans l'ordre")
    void xlsxEqualsTheScreen() throws Exception {
        String html = page("/conventions/{id}/indicateurs", "agent.departement");
        byte[] xlsx = mvc.perform(get("/conventions/{id}/indicateurs/export.xlsx", vienne()).with(en("agent.departement")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("indicateurs-2024-C-DGAS-DAS-0001.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> classeur = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Annexe 1 - SOL");
            for (Sheet feuille : wb) {
                int colonnes = feuille.getRow(2).getLastCellNum();
                for (Row row : feuille) {
                    if (row.getRowNum() < 3 || row.getLastCellNum() < colonnes || estSection(row, feuille)) {
                        continue;
                    }
                    for (int c = 2; c < colonnes; c++) {
                        Cell cell = row.getCell(c);
                        classeur.add(cell == null ? "" : cell.getStringCellValue());
                    }
                }
            }
            Sheet annexe1 = wb.getSheet("Annexe 1 - SOL");
            assertThat(annexe1.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Situation au 31 déc. 2023");
            assertThat(annexe1.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Axe 1 — Prévenir la pauvreté et lutter contre les inégalités dès l'enfance");
            assertThat(annexe1.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Action 1 : Crèche familiale préventive");
            assertThat(annexe1.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Nombre d'enfants accompagnés");
            assertThat(annexe1.getRow(6).getCell(2).getStringCellValue()).isEqualTo("18\u00A0%");
        }
        List<String> ecran = cellules(html).stream().map(t -> t.replace("\n", " ")).toList();
        assertThat(classeur).hasSize(ecran.size()).isEqualTo(ecran);
    }

    private static boolean estSection(Row row, Sheet feuille) {
        return feuille.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == row.getRowNum() && r.getFirstColumn() == 0
                && r.getLastColumn() > 1);
    }

    @Test
    @DisplayName("R-SEC-2 — un autre Département reçoit 404 sur la page, l'export et la grille")
    void anotherDepartementGetsNotFound() throws Exception {
        for (String url : List.of("/conventions/{id}/indicateurs", "/conventions/{id}/indicateurs/export.xlsx",
                "/conventions/{id}/indicateurs/saisie?annee=2024")) {
            mvc.perform(get(url, vienne()).with(en("agent.autre"))).andExpect(status().isNotFound());
        }
    }

    private MockHttpServletRequestBuilder grille(int annee, Map<Integer, String> resultats, String action) {
        List<Long> ids = jdbc.queryForList("select lf.id from indicateur_fiche lf join fiche_action f on f.id = lf.fiche_id "
                + "where lf.convention_id = ? and f.numero = '1' order by lf.ordre", Long.class, vienne());
        MockHttpServletRequestBuilder requete = post("/conventions/{id}/indicateurs/saisie", vienne())
                .param("annee", String.valueOf(annee)).param("action", action).with(csrf());
        for (int i = 0; i < ids.size(); i++) {
            requete.param("lignes[" + i + "].id", String.valueOf(ids.get(i)))
                    .param("lignes[" + i + "].resultat", resultats.getOrDefault(i, ""));
        }
        return requete;
    }

    private String resultat(String libelle, int annee) {
        return jdbc.query("select coalesce(v.nombre::text, v.code, v.texte) from valeur_indicateur v "
                + "join indicateur_fiche lf on lf.id = v.indicateur_fiche_id join indicateur i on i.id = lf.indicateur_id "
                + "where lf.convention_id = ? and i.libelle = ? and v.annee = ? and v.nature = 'RESULTAT'",
                (rs, n) -> rs.getString(1), vienne(), libelle, annee).stream().findFirst().orElse(null);
    }

    @Test
    @DisplayName("R-IND-13 — saisie annuelle : la grille 2024 liste tous les indicateurs des fiches 1 à 23, avec les résultats de démonstration")
    void gridListsEveryIndicatorOfTheYear() throws Exception {
        String html = page("/conventions/{id}/indicateurs/saisie?annee=2024", "agent.departement");
        int attendus = jdbc.queryForObject("select count(*) from indicateur_fiche where convention_id = ? and fiche_id is not null",
                Integer.class, vienne());

        assertThat(html.split("data-ligne=\"", -1)).hasSize(attendus + 1);
        assertThat(html).contains("Action 1 : Crèche familiale préventive", "Action 23 : Mission santé emploi et CASSC",
                "Enregistrer le brouillon", "Soumettre", "value=\"58\"", "(démo)");
        assertThat(html).contains("data-code=\"INDICATEUR_CIBLE_MANQUANTE\"", "data-code=\"INDICATEUR_UNITE\"",
                "Fiche 13 — « Réalisation du diagnostic » : la cible 2024 n&#39;est pas renseignée");
    }

    @Test
    @DisplayName("R-IND-3 — saisie annuelle : un brouillon enregistre les cases modifiées ; une valeur invalide est refusée et la saisie conservée")
    void draftSavesAndInvalidInputIsKept() throws Exception {
        mvc.perform(grille(2025, Map.of(0, "65", 2, "28 %", 5, "Non connu"), "brouillon").with(en("agent.departement")))
                .andExpect(status().is3xxRedirection());
        assertThat(resultat("Nombre d'enfants accompagnés", 2025)).isEqualTo("65.0000");
        assertThat(resultat("Pourcentage de familles monoparentales", 2025)).isEqualTo("28.0000");
        assertThat(resultat("Nombre de familles bénéficiant d'une mesure éducative", 2025)).isEqualTo("NON_CONNU");

        String html = mvc.perform(grille(2025, Map.of(0, "-12", 1, "47"), "brouillon").with(en("agent.departement")))
                .andExpect(status().isOk())
                .andExpect(view().name("indicateur/saisie-annuelle"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"resume-erreurs\"", "La valeur « -12 » n&#39;est pas valide", "value=\"-12\"",
                "value=\"47\"");
        assertThat(resultat("Nombre d'enfants accompagnés", 2025)).isEqualTo("65.0000");
        assertThat(resultat("Nombre de familles accompagnées", 2025)).isNull();
    }

    @Test
    @DisplayName("R-IND-13 — soumettre 2026 est refusé tant que des résultats manquent ; rien n'est enregistré")
    void submissionRefusedWhileResultsAreMissing() throws Exception {
        String html = mvc.perform(grille(2026, Map.of(0, "70"), "soumettre").with(en("agent.departement")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Soumission refusée", "le résultat 2026 n&#39;est pas renseigné", "value=\"70\"");
        assertThat(resultat("Nombre d'enfants accompagnés", 2026)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from valeur_indicateur where statut = 'SOUMISE'", Integer.class))
                .isZero();
    }

    @Test
    @DisplayName("R-SEC-2 — la préfecture voit la grille en lecture seule et reçoit 403 si elle l'envoie")
    void prefectureReadsTheGridButCannotWrite() throws Exception {
        String html = page("/conventions/{id}/indicateurs/saisie?annee=2024", "agent.prefecture");
        assertThat(html).contains("readonly").doesNotContain("id=\"soumettre\"");

        mvc.perform(grille(2024, Map.of(0, "61"), "brouillon").with(en("agent.prefecture")))
                .andExpect(status().isForbidden());
        assertThat(resultat("Nombre d'enfants accompagnés", 2024)).isEqualTo("58.0000");
    }

    @Test
    @DisplayName("R-IND-2 — saisie annuelle : une année hors de la convention répond 404")
    void yearOutsideTheConventionIsNotFound() throws Exception {
        mvc.perform(get("/conventions/{id}/indicateurs/saisie?annee=2031", vienne()).with(en("agent.departement")))
                .andExpect(status().isNotFound());
    }
}
