package fr.pacte.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * contracts/convention.md: a CALPAE with its socle and initiatives (axe tree, printed numbers that repeat, July–June
 * exercices, a Report 2019-2020 column), every structural error of the contract (422, nothing saved), the numero
 * (409), a document replaced while in ELABORATION and refused once signed (409), and who may do what (R-SEC-13).
 */
@PacteIntegrationTest
public class DocumentConventionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService utilisateurs;

    @BeforeEach
    void loiret() {
        jdbc.update("insert into region (code, nom) values ('24', 'Centre-Val de Loire') on conflict do nothing");
        jdbc.update("insert into departement (code, nom, region_id) select '45', 'Loiret', id from region where code = '24' "
                + "on conflict do nothing");
    }

    private ObjectNode calpae() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/documents/calpae-loiret.json")) {
            return (ObjectNode) json.readTree(in);
        }
    }

    /** A small convention of the Deux-Sèvres in ELABORATION: one champ, two axes, three fiches, some money. */
    public static ObjectNode petite(JsonMapper json, String numero) {
        ObjectNode d = (ObjectNode) json.readTree("""
                {"numero": "%s", "intitule": "Contrat des solidarités des Deux-Sèvres (test)", "type": "PACTE_SOLIDARITES",
                 "parties": [{"role": "ETAT", "organisme": "Préfecture des Deux-Sèvres"}],
                 "champs": [{"code": "SOL", "libelle": "Solidarités", "debut": "2025-01-01", "fin": "2026-12-31",
                   "axes": [{"numero": "1", "libelle": "Enfance", "type": "AXE"}, {"numero": "2", "libelle": "Accès aux droits", "type": "AXE"}]}],
                 "fiches": [
                   {"numero": "1", "intitule": "Crèche", "champ": "SOL", "axes": ["1"]},
                   {"numero": "2", "intitule": "Aller vers", "champ": "SOL", "axes": ["2"]},
                   {"numero": "3", "intitule": "Mission mixte", "champ": "SOL", "axes": ["1", "2"]}],
                 "montantsConventionnels": [{"champ": "SOL", "exercice": 2025, "financeur": "ETAT", "montant": 30000.00}],
                 "lignes": [
                   {"fiche": "1", "axe": "1", "exercice": 2025, "financeur": "ETAT", "montant": 10000.00},
                   {"fiche": "1", "axe": "1", "exercice": 2025, "financeur": "DEPARTEMENT", "montant": 10000.00},
                   {"fiche": "2", "exercice": 2025, "financeur": "ETAT", "montant": 15000.00},
                   {"fiche": "3", "axe": "2", "exercice": 2025, "financeur": "ETAT", "montant": 5000.00}],
                 "indicateurs": [{"fiche": "1", "libelle": "Nombre d'enfants accueillis", "portee": "LOCAL",
                   "valeurs": [{"nature": "T0", "annee": 2024, "texte": "30"}, {"nature": "CIBLE", "annee": 2025, "texte": "40"}]}]}
                """.formatted(numero));
        return d;
    }

    private ResultActions poster(Object document, String login) throws Exception {
        return mvc.perform(post("/api/v1/conventions").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(document)).with(httpBasic(login, "demo")));
    }

    private JsonNode lire(String url, String login, Object... variables) throws Exception {
        return json.readTree(mvc.perform(get(url, variables).with(httpBasic(login, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long id(ResultActions reponse) throws Exception {
        return json.readTree(reponse.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private int conventions() {
        return jdbc.queryForObject("select count(*) from convention", Integer.class);
    }

    @Test
    @DisplayName("R-IMP-8, R-DATE-2, R-FIN-20 — un CALPAE : socle et initiatives en arbre, deux « Action 6 », exercices juillet–juin, colonne Report 2019-2020 ; signé le 26/06/2019, v0 en vigueur de ce jour")
    void calpaeWithSocleInitiativesRepeatedNumbersReportsAndJulyExercices() throws Exception {
        ResultActions cree = poster(calpae(), "admin").andExpect(status().isCreated())
                .andExpect(jsonPath("$.statut").value("EN_EXECUTION"))
                // A money finding is listed but does not block: the initiatives' sub-total printed 3 500 € État.
                .andExpect(jsonPath("$.constats[?(@.code == 'SOUS_TOTAL' && @.ecart == 500.00)]").isNotEmpty())
                .andExpect(jsonPath("$.constats[?(@.code == 'DOCUMENT_INVALIDE')]").isEmpty());
        long id = id(cree);

        JsonNode tableau = lire("/api/v1/conventions/{id}/tableau-financier?annee=2020", "admin", id);
        JsonNode axes = tableau.at("/champs/0/axes");
        assertThat(axes).extracting(a -> a.get("numero").asString()).containsExactly("S", "S1", "S2", "I");
        assertThat(axes.get(0).get("etat").decimalValue()).isEqualByComparingTo("15000.00");
        assertThat(axes.get(0).get("report").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(axes.get(1).get("parent").asString()).isEqualTo("S");
        assertThat(tableau.at("/champs/0/etat").decimalValue()).isEqualByComparingTo("18000.00");
        assertThat(tableau.at("/champs/0/report").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(tableau.at("/champs/0/total").decimalValue()).isEqualByComparingTo("42000.00");
        assertThat(tableau.at("/totaux/total").decimalValue()).isEqualByComparingTo("42000.00");

        String page = mvc.perform(get("/conventions/{id}/tableau-financier?annee=2020", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(utilisateurs.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tableau financier 2020-2021", "Budget État + CD", "Report 2019-2020",
                "Sous total Section S — Socle");

        JsonNode detail = lire("/api/v1/conventions/{id}", "admin", id);
        assertThat(detail.get("fiches")).extracting(f -> f.get("numero").asString())
                .containsExactly("Action 6", "Action 1", "Action 6");
        JsonNode versions = lire("/api/v1/conventions/{id}/versions", "admin", id);
        assertThat(versions.at("/0/statut").asString()).isEqualTo("EN_VIGUEUR");
        assertThat(versions.at("/0/enVigueurDu").asString()).isEqualTo("2019-06-26");

        JsonNode document = lire("/api/v1/conventions/{id}/document", "admin", id);
        assertThat(document.get("lignes")).filteredOn(l -> "REPORT".equals(l.get("nature").asString()))
                .extracting(l -> l.get("exerciceOrigine").asInt()).containsExactly(2019, 2019);
        assertThat(document.at("/fiches/2/cle").asString()).isEqualTo("I-6");
        // A line of exercice 2022 (2022-2023) is outside a champ ending on 30/06/2022: a structural error.
        ObjectNode hors = calpae();
        hors.put("numero", "2019-CALPAE-45-BIS");
        ((ObjectNode) hors.withArray("lignes").get(0)).put("exercice", 2022);
        poster(hors, "admin").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.constats[0].chemin").value("lignes[0].exercice"));
    }

    static Stream<Arguments> erreursDeStructure() {
        List<Arguments> cas = new ArrayList<>();
        cas.add(cas("numéro absent", d -> d.remove("numero"), "numero"));
        cas.add(cas("champ inconnu", d -> fiche(d, 0).put("champ", "XX"), "fiches[0].champ"));
        cas.add(cas("axe inconnu", d -> fiche(d, 0).putArray("axes").add("9"), "fiches[0].axes[0]"));
        cas.add(cas("clé de fiche en double", d -> fiche(d, 1).put("numero", "1"), "fiches[1].numero"));
        cas.add(cas("axe de la ligne hors des axes de sa fiche", d -> ligne(d, 0).put("axe", "2"), "lignes[0].axe"));
        cas.add(cas("exercice hors du champ", d -> ligne(d, 0).put("exercice", 2027), "lignes[0].exercice"));
        cas.add(cas("montant à trois décimales", d -> ligne(d, 0).put("montant", new java.math.BigDecimal("10.001")),
                "lignes[0].montant"));
        cas.add(cas("montant négatif", d -> ligne(d, 0).put("montant", -5), "lignes[0].montant"));
        cas.add(cas("fiche inconnue d'une ligne", d -> ligne(d, 0).put("fiche", "Z"), "lignes[0].fiche"));
        cas.add(cas("votes déséquilibrés (R-ADM-4)", d -> d.set("deliberation", d.objectNode()
                .put("organe", "CONSEIL_DEPARTEMENTAL").put("dateSeance", "2024-12-13").put("pour", 30)
                .put("contre", 0).put("abstentions", 1).put("presents", 30).put("representes", 3)), "deliberation"));
        cas.add(cas("signature avant la séance", d -> {
            d.set("deliberation", d.objectNode().put("organe", "CONSEIL_DEPARTEMENTAL").put("dateSeance", "2024-12-13"));
            d.set("signature", d.objectNode().put("date", "2024-12-01"));
        }, "signature.date"));
        cas.add(cas("numéro d'axe en double", d -> ((ObjectNode) d.at("/champs/0/axes/1")).put("numero", "1"),
                "champs[0].axes[1].numero"));
        cas.add(cas("axe parent inconnu", d -> ((ObjectNode) d.at("/champs/0/axes/1")).put("parent", "7"),
                "champs[0].axes[1].parent"));
        cas.add(cas("début d'exercice invalide", d -> ((ObjectNode) d.at("/champs/0")).put("debutExercice", "13-01"),
                "champs[0].debutExercice"));
        cas.add(cas("type inconnu", d -> d.put("type", "CONTRAT"), "type"));
        cas.add(cas("date invalide", d -> ((ObjectNode) d.at("/champs/0")).put("fin", "31/12/2026"), "champs[0].fin"));
        cas.add(cas("T0 d'une autre année", d -> ((ObjectNode) d.at("/indicateurs/0/valeurs/0")).put("annee", 2020),
                "indicateurs[0].valeurs[0].annee"));
        cas.add(cas("valeur d'indicateur négative", d -> ((ObjectNode) d.at("/indicateurs/0/valeurs/1")).put("texte", "-3"),
                "indicateurs[0].valeurs[1].texte"));
        return cas.stream();
    }

    private static Arguments cas(String nom, Consumer<ObjectNode> mutation, String chemin) {
        return Arguments.of(nom, mutation, chemin);
    }

    private static ObjectNode fiche(ObjectNode d, int i) {
        return (ObjectNode) d.withArray("fiches").get(i);
    }

    private static ObjectNode ligne(ObjectNode d, int i) {
        return (ObjectNode) d.withArray("lignes").get(i);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("erreursDeStructure")
    @DisplayName("Une erreur de structure répond 422 avec son chemin ; rien n'est enregistré et le numéro reste libre")
    void aStructuralErrorSavesNothing(String nom, Consumer<ObjectNode> mutation, String chemin) throws Exception {
        String numero = "2025-C-ERREUR-" + Math.abs(nom.hashCode());
        ObjectNode document = petite(json, numero);
        mutation.accept(document);
        int avant = conventions();
        poster(document, "agent.deux-sevres").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.enregistre").value(false))
                .andExpect(jsonPath("$.constats[?(@.code == 'DOCUMENT_INVALIDE' && @.chemin == '" + chemin + "')]")
                        .isNotEmpty());
        assertThat(conventions()).isEqualTo(avant);
        assertThat(jdbc.queryForObject("select count(*) from convention where numero_interne = ?", Integer.class,
                numero)).isZero();
        if (!"numéro absent".equals(nom)) {
            poster(petite(json, numero), "agent.deux-sevres").andExpect(status().isCreated());
        }
    }

    @Test
    @DisplayName("R-ADM-1 — un numéro déjà pris dans le Département répond 409 ; un corps illisible 400 en français")
    void numeroAlreadyUsedAndUnreadableBody() throws Exception {
        poster(petite(json, DemoVienne.NUMERO).put("departement", "86"), "agent.departement")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("NUMERO_DEJA_UTILISE"));
        mvc.perform(post("/api/v1/conventions").contentType(MediaType.APPLICATION_JSON).content("{\"numero\": ")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.erreur").isNotEmpty());
    }

    @Test
    @DisplayName("R-SEC-13 — préfecture et finances ne créent pas (403) ; un agent ne crée pas pour un autre Département (403) ; un autre Département ne lit pas le document (404)")
    void onlyTheDepartementsAgentsCreateTheirOwnConventions() throws Exception {
        poster(petite(json, "2025-C-PREF"), "agent.prefecture").andExpect(status().isForbidden());
        poster(petite(json, "2025-C-FIN"), "agent.finances").andExpect(status().isForbidden());
        poster(petite(json, "2025-C-AUTRE").put("departement", "86"), "agent.deux-sevres")
                .andExpect(status().isForbidden());
        long vienne = DemoVienne.convention(jdbc);
        mvc.perform(get("/api/v1/conventions/{id}/document", vienne).with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conventions/{id}/document.xlsx", vienne).with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isNotFound());
        lire("/api/v1/conventions/{id}/document", "agent.prefecture", vienne);
        lire("/api/v1/conventions/{id}/document", "prefecture.na", vienne);
    }

    @Test
    @DisplayName("R-SEC-13 — en élaboration, PUT remplace le document (une fiche gardée garde son identifiant) ; une fois signée, 409")
    void putReplacesTheDocumentWhileInElaborationOnly() throws Exception {
        long id = id(poster(petite(json, "2025-C-PUT"), "agent.deux-sevres").andExpect(status().isCreated())
                .andExpect(jsonPath("$.statut").value("ELABORATION")));
        long fiche1 = jdbc.queryForObject("select id from fiche_action where convention_id = ? and cle = '1'", Long.class, id);
        ObjectNode autre = petite(json, "2025-C-PUT");
        ((ArrayNode) autre.withArray("fiches")).remove(1);
        ((ArrayNode) autre.withArray("lignes")).remove(2);
        ((ObjectNode) autre.withArray("lignes").get(0)).put("montant", 12000.00);
        mvc.perform(put("/api/v1/conventions/{id}/document", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(autre)).with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isOk());
        JsonNode relu = lire("/api/v1/conventions/{id}/document", "agent.deux-sevres", id);
        assertThat(relu.get("fiches")).extracting(f -> f.get("cle").asString()).containsExactly("1", "3");
        assertThat(relu.at("/lignes/0/montant").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(jdbc.queryForObject("select id from fiche_action where convention_id = ? and cle = '1'", Long.class, id))
                .isEqualTo(fiche1);
        mvc.perform(put("/api/v1/conventions/{id}/document", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(autre)).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isNotFound());
        long vienne = DemoVienne.convention(jdbc);
        JsonNode document = lire("/api/v1/conventions/{id}/document", "agent.departement", vienne);
        mvc.perform(put("/api/v1/conventions/{id}/document", vienne).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(document)).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CONVENTION_SIGNEE"));
    }

    @Test
    @DisplayName("R-IMP-2 — PUT du document : un chiffre déclaré inchangé garde sa ligne, un chiffre changé est changé "
            + "en place (2 000 → 2 500 €), un chiffre retiré disparaît ; jamais supprimer pour réinsérer")
    void declaredFiguresAreSavedByDifference() throws Exception {
        ObjectNode document = petite(json, "2025-C-DECL");
        ArrayNode declares = document.putArray("declares");
        declares.addObject().put("objet", "CHAMP").put("champ", "SOL").put("exercice", 2025).put("colonne", "etat")
                .put("montant", 30000.00).put("source", "article 2");
        declares.addObject().put("objet", "CHAMP").put("champ", "SOL").put("exercice", 2025)
                .put("colonne", "departement").put("montant", 2000.00).put("source", "article 3");
        declares.addObject().put("objet", "CHAMP").put("champ", "SOL").put("exercice", 2025).put("colonne", "total")
                .put("montant", 3000.00).put("source", "annexe 2");
        long id = id(poster(document, "agent.deux-sevres").andExpect(status().isCreated()));
        List<Long> avant = jdbc.queryForList("select id from chiffre_declare where convention_id = ? order by ordre",
                Long.class, id);
        assertThat(avant).hasSize(3);
        ((ObjectNode) declares.get(1)).put("montant", 2500.00);
        declares.remove(2);
        mvc.perform(put("/api/v1/conventions/{id}/document", id).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(document)).with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select id || ':' || valeur from chiffre_declare where convention_id = ? "
                + "order by ordre", String.class, id))
                .containsExactly(avant.get(0) + ":30000.00", avant.get(1) + ":2500.00");
    }

    @Test
    @DisplayName("R-IMP-8, contracts/avenant.md — un avenant nomme les fiches par leur clé : une ligne de la fiche B-1 "
            + "(imprimée « 1 » comme la fiche 1) et une nouvelle fiche B-2 imprimée « 2 »")
    void anAvenantNamesTheFichesByTheirKey() throws Exception {
        ObjectNode document = petite(json, "2025-C-AVN");
        ObjectNode b1 = (ObjectNode) document.withArray("fiches").get(1);
        b1.put("cle", "B-1");
        b1.put("numero", "1");
        ((ObjectNode) document.withArray("lignes").get(2)).put("fiche", "B-1");
        document.set("deliberation", json.readTree("""
                {"organe": "COMMISSION_PERMANENTE", "dateSeance": "2025-01-10"}"""));
        document.set("signature", json.readTree("""
                {"date": "2025-01-15"}"""));
        long id = id(poster(document, "agent.deux-sevres").andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/conventions/{id}/avenants", id).contentType(MediaType.APPLICATION_JSON).content("""
                        {"numero": 1, "objet": "Une action de plus",
                         "fiches": [{"cle": "B-2", "numero": "2", "intitule": "Permanence mobile", "champ": "SOL",
                                     "axes": ["2"], "statut": "NOUVELLE"}],
                         "lignes": [{"fiche": "B-1", "axe": "2", "exercice": 2025, "financeur": "ETAT",
                                     "nature": "CREDITS_NOUVEAUX", "montant": 16000.00}]}""")
                        .with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isCreated());
        JsonNode avenant = lire("/api/v1/conventions/{id}/avenants/1", "agent.deux-sevres", id);
        assertThat(avenant.get("fiches")).extracting(f -> f.get("cle").asString() + "/" + f.get("numero").asString())
                .containsExactly("B-2/2");
        assertThat(avenant.get("lignes")).extracting(l -> l.get("fiche").asString()).containsExactly("B-1");
        assertThat(jdbc.queryForObject("select numero from fiche_action where convention_id = ? and cle = 'B-2'",
                String.class, id)).isEqualTo("2");
        assertThat(jdbc.queryForObject("select count(*) from ligne_financement l join fiche_action f on f.id = l.fiche_id "
                + "where f.convention_id = ? and f.cle = 'B-1' and l.montant = 16000.00", Integer.class, id)).isEqualTo(1);
    }
}
