package fr.pacte.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * M16, R-SEC-4: the consolidation of the préfecture de région (issue 12, point 3). prefecture.na sees the twelve
 * Départements of Nouvelle-Aquitaine with the Vienne's 2024 figures (État 1 132 241,00 € over its two champs, FX-4),
 * on the page, in the API and in the XLSX; a Département's agent gets 403; another région does not see the Vienne;
 * the administrator sees every région.
 */
@PacteIntegrationTest
@TestPropertySource(properties = "pacte.bench.compter-sql=true")
class ConsolidationIT {

    private static final String API = "/api/v1/consolidation";
    private static final List<String> NOUVELLE_AQUITAINE = List.of("16", "17", "19", "23", "24", "33", "40", "47",
            "64", "79", "86", "87");
    private static final String VIENNE = "$.regions[0].departements[?(@.code == '86')]";
    private static final String DEUX_SEVRES = "$.regions[0].departements[?(@.code == '79')]";
    /** "1 132 241,00 €" as the page prints it (spaces of every kind read as one, as a reader sees them). */
    private static final String ETAT_VIENNE_2024 = "1 132 241,00 €";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Test
    @DisplayName("M16 — prefecture.na, page 2024 : les 12 Départements de Nouvelle-Aquitaine, la Vienne à "
            + "1 132 241,00 € d'enveloppe État (SOL 578 633,00 + FT 553 608,00), lien vers sa convention, les "
            + "Deux-Sèvres « Aucune convention », total de la région, export XLSX")
    void pageOfTheRegion() throws Exception {
        String html = mvc.perform(get("/consolidation").param("exercice", "2024")
                        .with(user(utilisateurs.loadUserByUsername("prefecture.na"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        List<String> codes = page.select("section[data-region=75] tbody tr[data-departement]").eachAttr(
                "data-departement");
        assertThat(codes).containsExactlyElementsOf(NOUVELLE_AQUITAINE);
        Element vienne = page.selectFirst("tr[data-departement=86]");
        assertThat(texte(vienne, "[data-colonne=enveloppeEtat]")).isEqualTo(ETAT_VIENNE_2024);
        assertThat(texte(vienne, "[data-colonne=lignesEtat]")).isEqualTo(ETAT_VIENNE_2024);
        assertThat(texte(vienne, "[data-colonne=ecart]")).isEqualTo("0,00 €");
        assertThat(texte(vienne, "li[data-champ=SOL]")).contains("578 633,00");
        assertThat(texte(vienne, "li[data-champ=FT]")).contains("553 608,00");
        long id = DemoVienne.convention(jdbc);
        assertThat(vienne.select("a").eachAttr("href")).contains("/conventions/" + id);
        assertThat(vienne.text()).doesNotContain("PDI-PTI"); // 2011-2013: not a convention of 2024
        assertThat(page.selectFirst("tr[data-departement=79]").text()).contains("Aucune convention");
        Element total = page.selectFirst("section[data-region=75] tfoot tr");
        assertThat(total.text()).contains("Total Nouvelle-Aquitaine");
        assertThat(texte(total, "[data-colonne=enveloppeEtat]")).isEqualTo(ETAT_VIENNE_2024);
        assertThat(page.selectFirst("#export-xlsx").attr("href")).isEqualTo("/consolidation.xlsx?exercice=2024");
        assertThat(page.selectFirst("#menu-consolidation")).isNotNull();
    }

    @Test
    @DisplayName("M16 — API 2024 pour prefecture.na : mêmes chiffres (enveloppe 1 132 241,00 = lignes État ; SOL "
            + "578 633,00, FT 553 608,00 ; Département 1 188 234,00 ; parité 104,95 %), versements exigibles "
            + "910 797,80 €, 3 rapports attendus au 01/03/2025 dont aucun en retard, Deux-Sèvres à zéro, totaux de la "
            + "région")
    void apiOfTheRegion() throws Exception {
        mvc.perform(get(API).param("exercice", "2024").param("au", "2025-03-01")
                        .with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exercice").value(2024))
                .andExpect(jsonPath("$.nationale").value(false))
                .andExpect(jsonPath("$.regions.length()").value(1))
                .andExpect(jsonPath("$.regions[0].code").value("75"))
                .andExpect(jsonPath("$.regions[0].departements[*].code")
                        .value(containsInAnyOrder(NOUVELLE_AQUITAINE.toArray())))
                .andExpect(jsonPath(VIENNE + ".chiffres.enveloppeEtat").value(hasItem(1132241.00)))
                .andExpect(jsonPath(VIENNE + ".chiffres.lignesEtat").value(hasItem(1132241.00)))
                .andExpect(jsonPath(VIENNE + ".chiffres.ecartEnveloppe").value(hasItem(0.0)))
                .andExpect(jsonPath(VIENNE + ".conventions[0].numero").value(hasItem(DemoVienne.NUMERO)))
                .andExpect(jsonPath(VIENNE + ".conventions[0].champs[?(@.code == 'SOL')].enveloppeEtat")
                        .value(hasItem(578633.00)))
                .andExpect(jsonPath(VIENNE + ".conventions[0].champs[?(@.code == 'FT')].enveloppeEtat")
                        .value(hasItem(553608.00)))
                .andExpect(jsonPath(VIENNE + ".conventions[0].champs[?(@.code == 'SOL')].lignesEtat")
                        .value(hasItem(578633.00)))
                .andExpect(jsonPath(VIENNE + ".chiffres.departement").value(hasItem(1188234.00)))
                .andExpect(jsonPath(VIENNE + ".chiffres.parite").value(hasItem(104.95)))
                .andExpect(jsonPath(VIENNE + ".chiffres.versementsExigibles").value(hasItem(910797.80)))
                .andExpect(jsonPath(VIENNE + ".chiffres.versementsPayes").value(hasItem(0.0)))
                .andExpect(jsonPath(VIENNE + ".chiffres.tauxExecution").value(hasItem((Object) null)))
                // R-DATE-3..5 at 01/03/2025: SOL annual 2024 report and FT bilan final due 31/03/2025, SOL mid-term
                .andExpect(jsonPath(VIENNE + ".chiffres.rapportsDus").value(hasItem(3)))
                .andExpect(jsonPath(VIENNE + ".chiffres.rapportsEnRetard").value(hasItem(0)))
                .andExpect(jsonPath(VIENNE + ".indicateursNationaux[?(@.code == 'SOL-N07')].cible")
                        .value(hasItem(320)))
                .andExpect(jsonPath(DEUX_SEVRES + ".conventions.length()").value(hasItem(0)))
                .andExpect(jsonPath(DEUX_SEVRES + ".chiffres.enveloppeEtat").value(hasItem(0.0)))
                .andExpect(jsonPath("$.regions[0].chiffres.enveloppeEtat").value(1132241.00))
                .andExpect(jsonPath("$.regions[0].nombreConventions").value(1))
                .andExpect(jsonPath("$.chiffres.lignesEtat").value(1132241.00));
    }

    @Test
    @DisplayName("M16 — l'export XLSX de prefecture.na se lit avec POI : une feuille, la ligne de la Vienne à "
            + "1132241.00 au format euro, la ligne « Total Nouvelle-Aquitaine »")
    void xlsxExport() throws Exception {
        byte[] xlsx = mvc.perform(get("/consolidation.xlsx").param("exercice", "2024")
                        .with(user(utilisateurs.loadUserByUsername("prefecture.na"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(classeur.getNumberOfSheets()).isEqualTo(1);
            Sheet feuille = classeur.getSheetAt(0);
            Row vienne = ligne(feuille, 1, "86");
            assertThat(vienne.getCell(2).getStringCellValue()).isEqualTo("Vienne");
            assertThat(vienne.getCell(3).getStringCellValue()).contains(DemoVienne.NUMERO);
            Cell enveloppe = vienne.getCell(5);
            assertThat(enveloppe.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(enveloppe.getNumericCellValue()).isEqualTo(1132241.00);
            assertThat(enveloppe.getCellStyle().getDataFormatString()).contains("€");
            assertThat(vienne.getCell(6).getNumericCellValue()).isEqualTo(1132241.00);
            Row total = ligne(feuille, 0, "Total Nouvelle-Aquitaine");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1132241.00);
            List<String> codes = new ArrayList<>();
            feuille.forEach(r -> {
                Cell c = r.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d\\d")
                        && r.getRowNum() < total.getRowNum()) {
                    codes.add(c.getStringCellValue());
                }
            });
            assertThat(codes).containsExactlyElementsOf(NOUVELLE_AQUITAINE);
        }
    }

    @Test
    @DisplayName("R-SEC-4 — un agent du Département (agent.vienne, agent.deux-sevres) ou la DDETS : 403 sur la page et "
            + "sur l'API, dans la forme d'erreur unique en français")
    void departementAgentsAreRefused() throws Exception {
        for (String login : List.of("agent.vienne", "agent.deux-sevres", "ddets86", "finances.vienne")) {
            mvc.perform(get(API).param("exercice", "2024").with(httpBasic(login, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("ACCES_REFUSE"))
                    .andExpect(jsonPath("$.erreur").value("Votre rôle ne permet pas cette action."));
            mvc.perform(get("/consolidation").param("exercice", "2024")
                            .with(user(utilisateurs.loadUserByUsername(login))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/consolidation.xlsx").param("exercice", "2024")
                            .with(user(utilisateurs.loadUserByUsername(login))))
                    .andExpect(status().isForbidden());
        }
        String accueil = mvc.perform(get("/conventions").with(user(utilisateurs.loadUserByUsername("agent.vienne"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(accueil).selectFirst("#menu-consolidation")).isNull();
    }

    @Test
    @DisplayName("R-SEC-4 — un agent de la préfecture de région Bretagne voit les Départements de la Bretagne, jamais "
            + "la Vienne")
    void anotherRegionDoesNotSeeTheVienne() throws Exception {
        jdbc.update("""
                insert into utilisateur (login, mot_de_passe, nom_affiche, role, organisation, departement_id,
                  region_id)
                select 'prefecture.bretagne', mot_de_passe, 'Préfecture de région Bretagne (test)',
                  'AGENT_PREFECTURE_REGION', 'Préfecture de la région Bretagne', null,
                  (select id from region where code = '53')
                from utilisateur where login = 'prefecture.na'
                on conflict do nothing""");
        mvc.perform(get(API).param("exercice", "2024").with(httpBasic("prefecture.bretagne", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions.length()").value(1))
                .andExpect(jsonPath("$.regions[0].code").value("53"))
                .andExpect(jsonPath("$.regions[0].departements[*].code")
                        .value(containsInAnyOrder("22", "29", "35", "56")))
                .andExpect(jsonPath("$..departements[?(@.code == '86')]").isEmpty())
                .andExpect(jsonPath("$.chiffres.enveloppeEtat").value(0.0));
    }

    @Test
    @DisplayName("R-SEC-1..4 — un LECTEUR de la région Nouvelle-Aquitaine lit la consolidation de sa région ; un "
            + "LECTEUR de la Vienne (périmètre d'un Département) reçoit 403")
    void readersFollowTheirPerimetre() throws Exception {
        jdbc.update("""
                insert into utilisateur (login, mot_de_passe, nom_affiche, role, organisation, departement_id,
                  region_id)
                select x.login, u.mot_de_passe, x.login, 'LECTEUR', 'Lecteur (test)',
                  (select id from departement where code = x.departement), (select id from region where code = x.region)
                from utilisateur u, (values ('lecteur.na', null, '75'), ('lecteur.vienne', '86', null))
                  as x(login, departement, region)
                where u.login = 'prefecture.na'
                on conflict do nothing""");
        mvc.perform(get(API).param("exercice", "2024").with(httpBasic("lecteur.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[0].code").value("75"))
                .andExpect(jsonPath(VIENNE + ".chiffres.enveloppeEtat").value(hasItem(1132241.00)));
        mvc.perform(get(API).param("exercice", "2024").with(httpBasic("lecteur.vienne", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCES_REFUSE"));
    }

    @Test
    @DisplayName("R-SEC-4 — l'administrateur (lecteur national) voit toutes les régions, la Vienne dans la "
            + "Nouvelle-Aquitaine, et le total national")
    void nationalReaderSeesEveryRegion() throws Exception {
        int regions = jdbc.queryForObject("select count(*) from region", Integer.class);
        mvc.perform(get(API).param("exercice", "2024").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationale").value(true))
                .andExpect(jsonPath("$.regions.length()").value(regions))
                .andExpect(jsonPath("$.regions[?(@.code == '75')].departements[?(@.code == '86')].chiffres"
                        + ".enveloppeEtat").value(hasItem(1132241.00)))
                .andExpect(jsonPath("$.regions[?(@.code == '53')].departements.length()").value(hasItem(4)));
        String html = mvc.perform(get("/consolidation").param("exercice", "2024")
                        .with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("section[data-region]").size()).isEqualTo(regions + 1);
        assertThat(page.selectFirst("section[data-region=total]").text()).contains("Total national");
    }

    @Test
    @DisplayName("Erreurs — sans exercice : 400 PARAMETRE_ABSENT ; exercice=abc : 400 PARAMETRE_INVALIDE ; "
            + "exercice=1850 : 400 EXERCICE_INVALIDE, en français")
    void exerciceIsRequiredAndValid() throws Exception {
        mvc.perform(get(API).with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PARAMETRE_ABSENT"))
                .andExpect(jsonPath("$.erreur").value(containsString("exercice")));
        mvc.perform(get(API).param("exercice", "abc").with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PARAMETRE_INVALIDE"));
        mvc.perform(get(API).param("exercice", "1850").with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("EXERCICE_INVALIDE"))
                .andExpect(jsonPath("$.erreur").value("L'exercice « 1850 » n'est pas valide : indiquez une année "
                        + "entre 2000 et 2100."));
    }

    @Test
    @DisplayName("Issue 12, point 5 — instructions SQL de la page de la Nouvelle-Aquitaine (en-tête X-Pacte-Sql) : la "
            + "seconde lecture reprend les lignes gardées sous la révision de la convention")
    void sqlStatementsOfThePage() throws Exception {
        int premiere = sql();
        int seconde = sql();
        int troisieme = sql();
        System.out.printf("Consolidation NA 2024 : %d instructions SQL (1re lecture), %d puis %d ensuite%n",
                premiere, seconde, troisieme);
        assertThat(troisieme).isLessThanOrEqualTo(premiere);
        assertThat(troisieme).isLessThan(20);
    }

    private int sql() throws Exception {
        return Integer.parseInt(mvc.perform(get("/consolidation").param("exercice", "2024")
                        .with(user(utilisateurs.loadUserByUsername("prefecture.na"))))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Pacte-Sql"));
    }

    /** The text of a cell as a reader sees it: narrow and no-break spaces read as spaces. */
    private static String texte(Element dans, String selecteur) {
        return dans.selectFirst(selecteur).text().replaceAll("[\\u00A0\\u202F]", " ");
    }

    private static Row ligne(Sheet feuille, int colonne, String valeur) {
        for (Row r : feuille) {
            Cell c = r.getCell(colonne);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(valeur)) {
                return r;
            }
        }
        throw new AssertionError("Aucune ligne « " + valeur + " » en colonne " + colonne);
    }
}
