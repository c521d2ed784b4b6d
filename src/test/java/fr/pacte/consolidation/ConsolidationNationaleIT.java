package fr.pacte.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, points 3 and 5: the national consolidation with one convention per Département. Until the national
 * dataset exists, every Département gets a copy of the Vienne's document (created through the API, as any
 * Département's convention); the consolidation's total is then the sum of the copies, and the time of the API and
 * of the XLSX is printed (figures of the report, not a bench: the machine is shared).
 */
@PacteIntegrationTest
@TestPropertySource(properties = "pacte.bench.compter-sql=true")
class ConsolidationNationaleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Test
    @DisplayName("M16 — une convention par Département (copies de la Vienne) : le total national est la somme des "
            + "documents (101 × 1 132 241,00 €), l'API et le XLSX répondent ; temps et instructions SQL imprimés")
    void nationalConsolidationOfEveryDepartement() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        String document = mvc.perform(get("/api/v1/conventions/{id}/document", vienne)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(document).contains("\"departement\":\"86\"");
        List<String> codes = jdbc.queryForList("select code from departement where code <> '86' "
                + "and code ~ '^([0-9][0-9]|2A|2B|97[0-9])$' and code <> '99' order by code", String.class);
        for (String code : codes) {
            String copie = document.replace("\"departement\":\"86\"", "\"departement\":\"" + code + "\"")
                    .replaceFirst("\"numero\":\"" + DemoVienne.NUMERO + "\"", "\"numero\":\"BENCH-" + code + "\"");
            mvc.perform(post("/api/v1/conventions").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content(copie))
                    .andExpect(status().isCreated());
        }
        int conventions = codes.size() + 1;

        long debut = System.nanoTime();
        String froid = consolidation();
        long msFroid = (System.nanoTime() - debut) / 1_000_000;
        // the first reading gives every instalment its row (versement/RangsVersement): the revisions move once
        consolidation();
        debut = System.nanoTime();
        String json = consolidation();
        long msChaud = (System.nanoTime() - debut) / 1_000_000;

        BigDecimal total = new BigDecimal(JsonPath.read(json, "$.chiffres.enveloppeEtat").toString());
        assertThat(JsonPath.<Integer>read(json, "$.nombreConventions")).isEqualTo(conventions);
        assertThat(total).isEqualByComparingTo(new BigDecimal("1132241.00").multiply(BigDecimal.valueOf(conventions)));
        assertThat(new BigDecimal(JsonPath.read(json, "$.chiffres.lignesEtat").toString())).isEqualByComparingTo(total);
        assertThat(froid).isEqualTo(json);

        debut = System.nanoTime();
        byte[] xlsx = mvc.perform(get("/consolidation.xlsx").param("exercice", "2024")
                        .with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long msXlsx = (System.nanoTime() - debut) / 1_000_000;
        try (Workbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(classeur.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(conventions);
        }
        String sql = mvc.perform(get("/consolidation").param("exercice", "2024")
                        .with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Pacte-Sql");
        System.out.printf("Consolidation nationale 2024, %d conventions : API %d ms (1re lecture), %d ms gardée ; "
                + "XLSX %d ms ; page %s instructions SQL%n", conventions, msFroid, msChaud, msXlsx, sql);
    }

    private String consolidation() throws Exception {
        return mvc.perform(get("/api/v1/consolidation").param("exercice", "2024").param("au", "2025-03-01")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
