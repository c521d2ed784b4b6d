package fr.pacte.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.pacte.support.DemoVienne;
import fr.pacte.support.ExecutionVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rapport d'exécution of the Vienne France Travail 2024 (contracts/execution-rapport.md): its cycle, the freeze
 * at transmission, the solde gate (R-PAY-3, R-PAY-9), and its five files read back with POI, PDFBox and ODFDOM.
 * Every test starts from the same FT 2024 execution (written again, by difference: nothing changes the second time).
 */
@PacteIntegrationTest
class RapportExecutionIT {

    private static final String NNBSP = "\u202F";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    @BeforeEach
    void executionFranceTravail2024() throws Exception {
        mvc.perform(put("/api/v1/conventions/{id}/execution/2024", vienne()).with(httpBasic("finances.vienne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(ExecutionVienne.ft2024(Set.of())))
                .andExpect(status().isOk());
        ExecutionVienne.resultatsFt2024(jdbc);
    }

    private int creer(String type, String champ) throws Exception {
        String reponse = mvc.perform(post("/api/v1/conventions/{id}/rapports", vienne())
                        .with(httpBasic("finances.vienne", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"" + type + "\", \"champ\": \"" + champ + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statut").value("BROUILLON"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(reponse, "$.numero");
    }

    private byte[] fichier(int numero, String format, String login) throws Exception {
        return mvc.perform(get("/api/v1/conventions/{id}/rapports/{n}/fichier.{f}", vienne(), numero, format)
                        .with(httpBasic(login, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String sha256(byte[] octets) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
    }

    private org.springframework.test.web.servlet.ResultActions transition(int numero, String corps) throws Exception {
        return mvc.perform(post("/api/v1/conventions/{id}/rapports/{n}/transitions", vienne(), numero)
                .with(httpBasic("finances.vienne", "demo")).contentType(MediaType.APPLICATION_JSON).content(corps));
    }

    @Test
    @DisplayName("R-WF-7, R-PAY-3, R-PAY-9 — bilan final FT : prêt, transmis aux deux préfets, cinq fichiers figés "
            + "(SHA-256) téléchargés identiques après changement de l'exécution ; le solde devient EXIGIBLE réduit à "
            + "207 835,20 € (Σ autorisé 540 000 €), ordonnancé après correction de MI6DDETSXX puis payé")
    void bilanFinalIsTransmittedFrozenAndUnlocksTheSolde() throws Exception {
        int numero = creer("BILAN_FINAL", "FT");
        transition(numero, "{\"vers\": \"PRET\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SYNTHESE_ABSENTE"));
        mvc.perform(put("/api/v1/conventions/{id}/rapports/{n}/recits", vienne(), numero)
                        .with(httpBasic("agent.vienne", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"synthese\": \"Plan d'action France Travail 2024 mis en œuvre.\", \"fiches\": "
                                + "[{\"fiche\": \"15\", \"texte\": \"Entretiens diagnostics réalisés dans les 15 jours.\"}]}"))
                .andExpect(status().isOk());
        transition(numero, "{\"vers\": \"PRET\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.statut").value("PRET"));
        transition(numero, "{\"vers\": \"TRANSMIS\", \"date\": \"2025-03-15\", \"destinataires\": [\"PREFET_REGION\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("DESTINATAIRES_INCOMPLETS"));
        transition(numero, "{\"vers\": \"TRANSMIS\", \"date\": \"2025-03-15\", "
                + "\"destinataires\": [\"PREFET_REGION\", \"PREFET_DEPARTEMENT\"]}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.statut").value("TRANSMIS"));

        String rapport = mvc.perform(get("/api/v1/conventions/{id}/rapports/{n}", vienne(), numero)
                        .with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statut").value("TRANSMIS"))
                .andExpect(jsonPath("$.fichiers", hasSize(5)))
                .andExpect(jsonPath("$.destinataires", hasSize(2)))
                .andReturn().getResponse().getContentAsString();
        List<String> formats = List.of("xlsx", "docx", "pdf", "ods", "odt");
        java.util.Map<String, byte[]> avant = new java.util.HashMap<>();
        for (String f : formats) {
            String sha = JsonPath.<List<String>>read(rapport, "$.fichiers[?(@.format == '" + f + "')].sha256").get(0);
            byte[] octets = fichier(numero, f, "ddets86");
            assertThat(sha256(octets)).as(f).isEqualTo(sha);
            avant.put(f, octets);
        }
        String shaXlsx = sha256(avant.get("xlsx"));
        String textePdf;
        try (PDDocument pdf = Loader.loadPDF(avant.get("pdf"))) {
            textePdf = new PDFTextStripper().getText(pdf);
        }
        assertThat(textePdf).contains(shaXlsx);

        // R-PAY-3 + R-PAY-9: the solde is exigible, reduced to Σ allowed − acompte
        String soldeFt = "$[?(@.champ == 'FT' && @.type == 'SOLDE')]";
        mvc.perform(get("/api/v1/conventions/{id}/versements", vienne()).with(httpBasic("finances.etat.na", "demo")))
                .andExpect(jsonPath(soldeFt + ".statut").value(hasItem("EXIGIBLE")))
                .andExpect(jsonPath(soldeFt + ".montant").value(hasItem(207835.20)));
        mvc.perform(get("/api/v1/conventions/{id}/echeances?au=2025-03-20", vienne()).with(httpBasic("ddets86", "demo")))
                .andExpect(jsonPath("$[?(@.code == 'BILAN_FINAL')].statut").value(hasItem("TENUE")));

        // the execution and a fiche change afterwards: the frozen files do not
        mvc.perform(put("/api/v1/conventions/{id}/execution/2024", vienne()).with(httpBasic("finances.vienne", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(ExecutionVienne.ft2024(Set.of("16", "17"))))
                .andExpect(status().isOk());
        jdbc.update("update fiche_action_contenu set intitule = 'Intitulé modifié après transmission' where fiche_id = ?",
                DemoVienne.fiche(jdbc, "15"));
        for (String f : formats) {
            assertThat(fichier(numero, f, "finances.etat.na")).as(f).isEqualTo(avant.get(f));
        }
        assertThat(jdbc.queryForObject("select count(*) from rapport_telechargement r join rapport_execution e "
                + "on e.id = r.rapport_id where e.numero = ? and e.convention_id = ?", Integer.class, numero, vienne()))
                .isEqualTo(10);
        mvc.perform(put("/api/v1/conventions/{id}/rapports/{n}/recits", vienne(), numero)
                        .with(httpBasic("finances.vienne", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"synthese\": \"Autre\"}"))
                .andExpect(status().isUnprocessableContent());

        // finances.etat.na corrects the template marker (FX-24), gives the EJ, orders then pays the solde
        for (Long imputation : jdbc.queryForList("select i.id from imputation_etat i join champ ch on ch.id = i.champ_id "
                + "where ch.code = 'FT' and i.convention_id = ?", Long.class, vienne())) {
            mvc.perform(put("/api/v1/conventions/{id}/imputations/etat/{i}", vienne(), imputation)
                            .with(httpBasic("finances.etat.na", "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"programme\": \"102\", \"centreFinancier\": \"0102-DR33-DR33\", \"centreCout\": "
                                    + "\"MI6DDETS86\", \"domaineFonctionnel\": \"0102-02-01\", \"activiteCode\": "
                                    + "\"010200002535\", \"activiteLibelle\": \"Contract CD-FT\"}"))
                    .andExpect(status().isNoContent());
        }
        long solde = jdbc.queryForObject("select v.id from versement v join champ ch on ch.id = v.champ_id "
                + "where ch.code = 'FT' and v.ordre = 2", Long.class);
        mvc.perform(post("/api/v1/conventions/{id}/versements/{v}/transitions", vienne(), solde)
                        .with(httpBasic("finances.etat.na", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ORDONNANCE\", \"ej\": \"2103456789\", \"date\": \"2025-04-02\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statut").value("ORDONNANCE"))
                .andExpect(jsonPath("$.montant").value(207835.20));
        mvc.perform(post("/api/v1/conventions/{id}/versements/{v}/transitions", vienne(), solde)
                        .with(httpBasic("finances.etat.na", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"PAYE\", \"date\": \"2025-04-20\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statut").value("PAYE"));
        mvc.perform(get("/api/v1/conventions/{id}/credits/2024", vienne()).with(httpBasic("finances.vienne", "demo")))
                .andExpect(jsonPath("$[?(@.champ == 'FT')].verses").value(hasItem(207835.20)));
        mvc.perform(post("/api/v1/conventions/{id}/versements/{v}/transitions", vienne(), solde)
                        .with(httpBasic("finances.etat.na", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ANNULE\", \"commentaire\": \"erreur\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("VERSEMENT_FIGE"));
    }

    @Test
    @DisplayName("Contrat — XLSX « Bilan financier » relu avec POI : en-têtes exacts, montants numériques au format €, "
            + "sous-totaux, TOTAL = l'écran ; PDF (PDFBox) et ODS/ODT (ODFDOM) portent les totaux ; DOCX : un titre par fiche")
    void exportsReadBack() throws Exception {
        int numero = creer("BILAN_FINAL", "FT");
        String json = mvc.perform(get("/api/v1/conventions/{id}/rapports/{n}", vienne(), numero)
                .with(httpBasic("finances.vienne", "demo"))).andReturn().getResponse().getContentAsString();
        double prevuEtat = ((Number) JsonPath.read(json, "$.bilanFinancier.total.prevu.etat")).doubleValue();
        double executeEtat = ((Number) JsonPath.read(json, "$.bilanFinancier.total.execute.etat")).doubleValue();
        double executeDepartement = ((Number) JsonPath.read(json, "$.bilanFinancier.total.execute.departement"))
                .doubleValue();
        List<String> fiches = JsonPath.read(json, "$.bilanFinancier.fiches[?(@.fiche)].fiche");
        assertThat(prevuEtat).isEqualTo(553608.00);
        assertThat(executeEtat).isEqualTo(540000.00);

        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(fichier(numero, "xlsx", "ddets86")))) {
            Sheet bilan = classeur.getSheet("Bilan financier");
            assertThat(bilan).isNotNull();
            assertThat(classeur.getSheet("Indicateurs")).isNotNull();
            assertThat(classeur.getSheet("Synthèse")).isNotNull();
            List<String> entetes = new java.util.ArrayList<>();
            bilan.getRow(0).forEach(c -> entetes.add(c.getStringCellValue()));
            assertThat(entetes).containsExactly("Champ", "Axe", "Fiche", "Intitulé", "Prévu État", "Prévu Département",
                    "Prévu autres", "Exécuté État", "Exécuté Département", "Exécuté autres", "Taux d'exécution");
            Row total = null;
            int sousTotaux = 0;
            for (Row r : bilan) {
                String premiere = r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue();
                if (premiere.startsWith("Sous-total axe")) {
                    sousTotaux++;
                }
                if (premiere.equals("TOTAL")) {
                    total = r;
                }
            }
            assertThat(sousTotaux).isEqualTo(2);
            assertThat(total).isNotNull();
            Cell etat = total.getCell(4);
            assertThat(etat.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(etat.getNumericCellValue()).isEqualTo(prevuEtat);
            assertThat(etat.getCellStyle().getDataFormatString()).contains("0.00").contains("€");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(executeEtat);
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(executeDepartement);
            assertThat(total.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.FRANCE).formatCellValue(etat)
                    .replace('\u00A0', ' ').replace(NNBSP, " ")).as("affichage français").isEqualTo("553 608,00 €");
        }

        String textePdf;
        try (PDDocument pdf = Loader.loadPDF(fichier(numero, "pdf", "ddets86"))) {
            textePdf = new PDFTextStripper().getText(pdf).replace(NNBSP, " ").replace('\u00A0', ' ');
        }
        assertThat(textePdf).contains("Bilan final", "553 608,00 €", "540 000,00 €", "2024-C-DGAS-DAS-0001");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fichier(numero, "docx", "ddets86")))) {
            List<String> titresFiches = docx.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .filter(t -> t.startsWith("Fiche ")).toList();
            assertThat(titresFiches).hasSize(fiches.size());
            assertThat(titresFiches).anyMatch(t -> t.startsWith("Fiche 15 — "));
            assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).anyMatch(t -> t.startsWith("Volet 2"));
        }

        try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.loadDocument(
                new ByteArrayInputStream(fichier(numero, "ods", "ddets86")))) {
            OdfTable bilan = ods.getTableByName("Bilan financier");
            assertThat(bilan).isNotNull();
            int ligne = -1;
            for (int i = 0; i < bilan.getRowCount(); i++) {
                if ("TOTAL".equals(bilan.getCellByPosition(0, i).getStringValue())) {
                    ligne = i;
                }
            }
            assertThat(ligne).isPositive();
            assertThat(bilan.getCellByPosition(4, ligne).getCurrencyValue()).isEqualTo(prevuEtat);
            assertThat(bilan.getCellByPosition(7, ligne).getCurrencyValue()).isEqualTo(executeEtat);
        }
        byte[] octetsOdt = fichier(numero, "odt", "ddets86");
        try (OdfTextDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(octetsOdt))) {
            org.w3c.dom.NodeList titres = odt.getContentRoot().getElementsByTagName("text:h");
            int fichesOdt = 0;
            for (int i = 0; i < titres.getLength(); i++) {
                if (titres.item(i).getTextContent().startsWith("Fiche ")) {
                    fichesOdt++;
                }
            }
            assertThat(fichesOdt).isEqualTo(fiches.size());
            assertThat(new String(odt.getPackage().getBytes("content.xml"), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(NNBSP, " ").replace('\u00A0', ' ')).contains("553 608,00 €", "540 000,00 €");
        }
    }

    @Test
    @DisplayName("R-IND-13 — rapport à mi-parcours SOL 2024–2025 : déclaré prêt refusé (422) avec la liste des résultats "
            + "manquants de 2024 et 2025")
    void midTermReportIsRefusedWhileResultsAreMissing() throws Exception {
        int numero = creer("MI_PARCOURS", "SOL");
        mvc.perform(get("/api/v1/conventions/{id}/rapports/{n}", vienne(), numero)
                        .with(httpBasic("finances.vienne", "demo")))
                .andExpect(jsonPath("$.debut").value("2024-01-01"))
                .andExpect(jsonPath("$.fin").value("2025-12-31"))
                .andExpect(jsonPath("$.bilanFinancier.exercices", hasSize(2)));
        transition(numero, "{\"vers\": \"PRET\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("RESULTATS_MANQUANTS"))
                .andExpect(jsonPath("$.details[*]").value(hasItem(containsString("résultat 2025 manquant"))))
                .andExpect(jsonPath("$.details[*]").value(hasItem(containsString("résultat 2024 manquant"))));
        transition(numero, "{\"vers\": \"TRANSMIS\", \"date\": \"2026-03-01\", "
                + "\"destinataires\": [\"PREFET_REGION\", \"PREFET_DEPARTEMENT\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TRANSITION_INTERDITE"));
        mvc.perform(post("/api/v1/conventions/{id}/rapports", vienne()).with(httpBasic("agent.vienne", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"ANNUEL\", \"champ\": \"SOL\"}"))
                .andExpect(status().isForbidden());
    }
}
