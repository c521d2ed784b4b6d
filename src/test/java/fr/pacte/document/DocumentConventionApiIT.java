package fr.pacte.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
    }
}
