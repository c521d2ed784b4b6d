package fr.pacte.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** contracts/convention.md on the Vienne demo: its document, posted under another numero, is the same convention. */
@PacteIntegrationTest
class DocumentConventionApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    fr.pacte.indicateur.IndicateurService indicateurs;

    @Autowired
    fr.pacte.convention.ConventionService conventions;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService utilisateurs;

    private JsonNode lire(String url, Object... variables) throws Exception {
        return json.readTree(mvc.perform(get(url, variables).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("R-FIN-3 — le document de la Vienne, reposté sous un autre numéro, donne le même tableau financier (578 633,00 / 701 524,00 / 535 493,00 / 1 815 650,00 €), les mêmes contrôles et le même document")
    void vienneDocumentPostedUnderAnotherNumeroIsTheSameConvention() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        JsonNode document = lire("/api/v1/conventions/{id}/document", vienne);
        assertThat(document.get("numero").asString()).isEqualTo(DemoVienne.NUMERO);
        ObjectNode copie = (ObjectNode) document.deepCopy();
        copie.put("numero", "2024-C-DGAS-DAS-0099");
        String reponse = mvc.perform(post("/api/v1/conventions").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(copie)).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.statut").value("EN_EXECUTION"))
                .andReturn().getResponse().getContentAsString();
        long copieId = json.readTree(reponse).get("id").asLong();

        JsonNode tableau = lire("/api/v1/conventions/{id}/tableau-financier?annee=2024", copieId);
        assertThat(tableau.at("/champs/0/etat").decimalValue()).isEqualByComparingTo("578633.00");
        assertThat(tableau.at("/champs/0/departement").decimalValue()).isEqualByComparingTo("701524.00");
        assertThat(tableau.at("/champs/0/autres").decimalValue()).isEqualByComparingTo("535493.00");
        assertThat(tableau.at("/champs/0/total").decimalValue()).isEqualByComparingTo("1815650.00");
        assertThat(tableau).isEqualTo(lire("/api/v1/conventions/{id}/tableau-financier?annee=2024", vienne));
        for (int annee : new int[] {2024, 2025, 2026, 2027}) {
            assertThat(lire("/api/v1/conventions/{id}/controles?annee=" + annee, copieId))
                    .as("contrôles %s", annee)
                    .isEqualTo(lire("/api/v1/conventions/{id}/controles?annee=" + annee, vienne));
        }
        JsonNode relu = lire("/api/v1/conventions/{id}/document", copieId);
        ((ObjectNode) relu).put("numero", DemoVienne.NUMERO);
        assertThat(relu).isEqualTo(document);
        assertThat(matrice(copieId)).isEqualTo(matrice(vienne)).contains("Nombre d'enfants accompagnés | 52 |");
    }

    /** The indicator matrix (annexes 1 and 4) as text: every label and printed value, without ids. */
    private String matrice(long id) {
        return utilisateur("agent.departement", () -> {
            fr.pacte.indicateur.Matrice m = indicateurs.matrice(conventions.lire(id), false);
            StringBuilder s = new StringBuilder();
            m.champs().forEach(c -> c.axes().forEach(a -> a.fiches().forEach(f -> f.lignes().forEach(l -> {
                s.append(c.code()).append(' ').append(a.numero()).append(' ').append(f.numero()).append(" | ")
                        .append(l.libelle()).append(" | ").append(l.t0().imprime()).append(" |");
                l.annees().forEach(an -> s.append(' ').append(an.cible().imprime()).append('/')
                        .append(an.resultat().imprime()).append('/').append(an.atteinte()));
                s.append('\n');
            }))));
            m.nationaux().forEach(t -> t.sections().forEach(sec -> sec.lignes().forEach(l -> s.append(t.champ())
                    .append(" N | ").append(l.libelle()).append(l.fiches()).append(" | ").append(l.exemption())
                    .append(" | ").append(l.t0().imprime()).append('\n'))));
            return s.toString();
        });
    }

    private <T> T utilisateur(String login, java.util.function.Supplier<T> action) {
        var details = utilisateurs.loadUserByUsername(login);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(details, null,
                        details.getAuthorities()));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    @DisplayName("Le classeur de la Vienne (relu par POI) reposté sous un autre numéro redonne le même document")
    void vienneWorkbookRoundTrips() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        JsonNode document = lire("/api/v1/conventions/{id}/document", vienne);
        byte[] classeur = mvc.perform(get("/api/v1/conventions/{id}/document.xlsx", vienne)
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] copie = ClasseurConventionTest.remplacer(classeur, "Convention", 1, 1, "2024-C-DGAS-DAS-0098");
        String reponse = mvc.perform(multipart("/api/v1/conventions")
                        .file(new MockMultipartFile("fichier", "vienne.xlsx", null, copie))
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(reponse).get("id").asLong();
        JsonNode relu = lire("/api/v1/conventions/{id}/document", id);
        ((ObjectNode) relu).put("numero", DemoVienne.NUMERO);
        assertThat(relu).isEqualTo(document);
    }

    @Test
    @DisplayName("R-IMP-5 — FX-18 : l'annexe 1 (partie 2) mal alignée de la Vienne, collée dans la feuille Indicateurs, se rattache par libellé (fiches 6, 7, 8, 10), jamais par position ; la sixième colonne sans en-tête est ignorée avec un avertissement")
    void misalignedAnnexe1IsMatchedByLabel() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        byte[] classeur = mvc.perform(get("/api/v1/conventions/{id}/document.xlsx", vienne)
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] avecAnnexe = annexe1Partie2(ClasseurConventionTest.remplacer(classeur, "Convention", 1, 1,
                "2024-C-DGAS-DAS-0097"));
        String reponse = mvc.perform(multipart("/api/v1/conventions")
                        .file(new MockMultipartFile("fichier", "vienne-annexe1.xlsx", null, avecAnnexe))
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.constats[?(@.code == 'COLONNE_IGNOREE')]").isNotEmpty())
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_RAPPROCHE')]", org.hamcrest.Matchers.hasSize(2)))
                .andExpect(jsonPath("$.constats[?(@.code == 'INDICATEUR_INCONNU')]", org.hamcrest.Matchers.hasSize(1)))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(reponse).get("id").asLong();
        JsonNode indicateurs = lire("/api/v1/conventions/{id}/document", id).get("indicateurs");
        assertThat(declarees(indicateurs, "6", "F6-5")).containsExactly("T0 125", "CIBLE 2024 140", "CIBLE 2025 160",
                "CIBLE 2026 160", "CIBLE 2027 160");
        assertThat(declarees(indicateurs, "6", "F6-6")).startsWith("T0 5", "CIBLE 2024 10");
        assertThat(declarees(indicateurs, "7", "F7-1")).startsWith("T0 188 heures", "CIBLE 2024 200 h");
        assertThat(declarees(indicateurs, "8", "F8-1")).startsWith("T0 377", "CIBLE 2024 400");
        assertThat(declarees(indicateurs, "10", "F10-1")).startsWith("T0 40", "CIBLE 2024 40");
    }

    private static java.util.List<String> declarees(JsonNode indicateurs, String fiche, String code) {
        java.util.List<String> valeurs = new java.util.ArrayList<>();
        for (JsonNode i : indicateurs) {
            if (fiche.equals(i.path("fiche").asString()) && code.equals(i.path("code").asString())) {
                i.path("declarees").forEach(d -> {
                    if ("ANNEXE_1".equals(d.get("annexe").asString())) {
                        valeurs.add(d.get("nature").asString() + (d.get("nature").asString().equals("T0") ? ""
                                : " " + d.get("annee").asInt()) + " " + d.get("texte").asString());
                    }
                });
            }
        }
        return valeurs;
    }

    /** Rows L361-L386 of 000a as printed (FX-18): action cells beside the wrong rows, a sixth unlabelled value. */
    private static byte[] annexe1Partie2(byte[] classeur) throws Exception {
        String[][] lignes = {
            {"", "Nb de personnes participants aux actions collectives transversales", "125", "140", "160", "160", "160", "160"},
            {"Action 7 : ACCEO Langues", "Nb de familles/enfants sollicités dans le cadre du dév. de la participation en protection de l'enfance", "5", "10", "15", "15", "15", "15"},
            {"Action 8 : Renforcement de la mission APPEL", "Nb d'heure de recours à cette application", "188 heures", "200 h", "200 h", "200 h", "200 h", "200 h"},
            {"", "/", "377", "400", "400", "400", "400", "400"},
            {"", "Nombre de dossiers étudiés", "", "", "", "", "", ""},
            {"", "", "Consultations auprès des juristes de l'ADIL en 2022 : 3850 (essentiellement par tél.)", "", "", "", "", ""},
            {"", "Nb de ménages soutenus dans le cadre du FASTME", "40", "40", "50", "50", "50", "50"},
            {"Action 11 : Soligo B5, garage solidaire", "", "", "", "", "", "", ""}};
        try (org.apache.poi.ss.usermodel.Workbook w = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(classeur)); java.io.ByteArrayOutputStream sortie = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet s = w.getSheet("Indicateurs");
            org.apache.poi.ss.usermodel.Row entete = s.getRow(0);
            java.util.Map<String, Integer> colonnes = new java.util.HashMap<>();
            entete.forEach(c -> colonnes.put(c.getStringCellValue(), c.getColumnIndex()));
            int[] valeurs = {colonnes.get("T0"), colonnes.get("Cible 2024"), colonnes.get("Cible 2025"),
                colonnes.get("Cible 2026"), colonnes.get("Cible 2027"), entete.getLastCellNum()};
            int n = s.getLastRowNum() + 1;
            for (String[] l : lignes) {
                org.apache.poi.ss.usermodel.Row r = s.createRow(n++);
                r.createCell(colonnes.get("Fiche")).setCellValue(l[0]);
                r.createCell(colonnes.get("Indicateur")).setCellValue(l[1]);
                r.createCell(colonnes.get("Imprimé dans")).setCellValue("Annexe 1");
                for (int k = 0; k < 6; k++) {
                    if (!l[2 + k].isEmpty()) {
                        r.createCell(valeurs[k]).setCellValue(l[2 + k]);
                    }
                }
            }
            w.write(sortie);
            return sortie.toByteArray();
        }
    }
}
