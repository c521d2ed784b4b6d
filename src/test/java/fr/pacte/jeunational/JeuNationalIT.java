package fr.pacte.jeunational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.controle.Constat;
import fr.pacte.controle.ControleService;
import fr.pacte.controle.Gravite;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.document.DocumentConvention;
import fr.pacte.financement.TableauFinancierService;
import fr.pacte.jeunational.GenerateurConvention.Territoire;
import fr.pacte.securite.TacheSysteme;
import fr.pacte.support.PacteIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The national dataset loads (issue 12 item 4 and its test): with the profiles {@code demo} and {@code national},
 * start-up creates one convention per Département but the Vienne, which keeps its demo one; a second load creates
 * nothing; the State totals that {@link TableauFinancierService} computes equal the sums of the generated document's
 * lines (an oracle independent of the application); the Contrôles show the deliberate inconsistencies and only them.
 */
@PacteIntegrationTest
@ActiveProfiles({"demo", "national"})
class JeuNationalIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JeuNational jeu;

    @Autowired
    ConventionService conventions;

    @Autowired
    TableauFinancierService tableaux;

    @Autowired
    ControleService controles;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService utilisateurs;

    @Test
    @DisplayName("Jeu national : 101 Départements ont leur contrat des solidarités (100 générés + la Vienne de la démo), ~30 fiches chacun ; un second chargement ne crée rien")
    void chargeUneConventionParDepartement() {
        assertThat(jdbc.queryForObject("""
                select count(distinct c.departement_id) from convention c join departement d on d.id = c.departement_id
                join region r on r.id = d.region_id where c.type = 'PACTE_SOLIDARITES' and r.code <> 'DEMO'""",
                Integer.class)).isEqualTo(101);
        assertThat(jdbc.queryForObject("select count(*) from convention where numero_interne like '2024-CDS-%'",
                Integer.class)).isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from convention c join departement d on d.id = "
                + "c.departement_id where d.code = '86' and c.numero_interne like '2024-CDS-%'", Integer.class))
                .isZero();
        List<Integer> fiches = jdbc.queryForList("select count(f.id) from convention c join fiche_action f on "
                + "f.convention_id = c.id where c.numero_interne like '2024-CDS-%' group by c.id", Integer.class);
        assertThat(fiches).hasSize(100).allSatisfy(n -> assertThat(n).isBetween(28, 32));
        assertThat(jdbc.queryForObject("select count(*) from convention where numero_interne like '2024-CDS-%' "
                + "and statut <> 'ELABORATION'", Integer.class)).isEqualTo(100);

        JeuNational.Chargement encore = jeu.charger();
        assertThat(encore.creees()).isZero();
        assertThat(encore.ignorees()).isEqualTo(101);
    }

    @Test
    @DisplayName("Jeu national : pour l'Ain, les Deux-Sèvres, la Corse-du-Sud et Mayotte, le total État de chaque exercice du tableau financier = Σ des lignes État du document généré")
    void totauxEgauxAuDocument() {
        for (String code : List.of("01", "79", "2A", "976")) {
            DocumentConvention document = GenerateurConvention.generer(territoire(code));
            TacheSysteme.executer("test", "test", () -> {
                ConventionLue convention = conventions.lire(id(code));
                for (int exercice : GenerateurConvention.EXERCICES) {
                    BigDecimal attendu = GenerateurConventionTest.somme(document, exercice, null);
                    assertThat(tableaux.tableau(convention, exercice).totaux().etat()).as(code + " " + exercice)
                            .isEqualByComparingTo(attendu);
                }
                return null;
            });
        }
    }

    @Test
    @DisplayName("Jeu national : R-FIN-3 TOTAL_GENERAL 2024 (+1 000 €), R-FIN-4 ENVELOPPE 2025 axe 2, R-FIN-7 MONTANT_FICHE 2026 — et aucune autre erreur")
    void controlesTrouventLesIncoherences() throws Exception {
        long id = id("79");
        Map<Integer, Set<String>> erreurs = TacheSysteme.executer("test", "test", () -> {
            ConventionLue convention = conventions.lire(id);
            return GenerateurConvention.EXERCICES.stream().collect(Collectors.toMap(e -> e,
                    e -> controles.constats(convention, e).stream().filter(c -> c.gravite() != Gravite.INFO)
                            .map(Constat::code).collect(Collectors.toCollection(TreeSet::new))));
        });
        assertThat(erreurs.get(2024)).contains("TOTAL_GENERAL");
        assertThat(erreurs.get(2025)).contains("ENVELOPPE");
        assertThat(erreurs.get(2026)).contains("MONTANT_FICHE");
        assertThat(erreurs.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .isSubsetOf(GenerateurConvention.INCOHERENCES);
        mvc.perform(get("/api/v1/conventions/{id}/controles", id).param("annee", "2024")
                        .with(httpBasic("prefecture.na", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constats[*].code", hasItem("TOTAL_GENERAL")))
                .andExpect(jsonPath("$.constats[?(@.code == 'TOTAL_GENERAL')].ecart").value(hasItem(1000.00)));
        // The Contrôles page of the région's préfecture shows them too.
        mvc.perform(get("/conventions/{id}/controles", id).param("annee", "2025")
                        .with(user(utilisateurs.loadUserByUsername("prefecture.na"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ENVELOPPE")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    @DisplayName("R-SEC-4 — avec la démo, un compte de préfecture de région par région (prefecture.<code>) : prefecture.84 lit l'Ain, pas les Deux-Sèvres (404)")
    void comptesDePrefectureDeRegion() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from utilisateur where login like 'prefecture.%' "
                + "and role = 'AGENT_PREFECTURE_REGION'", Integer.class)).isEqualTo(19);
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", id("01")).param("annee", "2024")
                        .with(httpBasic("prefecture.84", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", id("79")).param("annee", "2024")
                        .with(httpBasic("prefecture.84", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", id("79")).param("annee", "2024")
                        .with(httpBasic("prefecture.75", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("Issue 12 — la consolidation nationale 2024 (admin) : pour chaque région, lignes État = Σ des lignes "
            + "État 2024 des documents générés de ses Départements (+ 1 132 241,00 € de la Vienne en "
            + "Nouvelle-Aquitaine) ; 101 conventions de l'exercice hors région de démonstration")
    void consolidationEgaleAuxDocuments() throws Exception {
        Map<String, BigDecimal> attendu = new java.util.HashMap<>();
        jdbc.query("""
                select d.code, r.code from convention c join departement d on d.id = c.departement_id
                  join region r on r.id = d.region_id where c.numero_interne like '2024-CDS-%'""", rs -> {
            attendu.merge(rs.getString(2), GenerateurConventionTest.somme(
                    GenerateurConvention.generer(territoire(rs.getString(1))), 2024, null), BigDecimal::add);
        });
        attendu.merge("75", new BigDecimal("1132241.00"), BigDecimal::add);
        String json = mvc.perform(get("/api/v1/consolidation").param("exercice", "2024")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode regions = new tools.jackson.databind.ObjectMapper().readTree(json).get("regions");
        Map<String, BigDecimal> lu = new java.util.HashMap<>();
        int conventions = 0;
        for (JsonNode r : regions) {
            if (attendu.containsKey(r.get("code").asString())) {
                lu.put(r.get("code").asString(), r.get("chiffres").get("lignesEtat").decimalValue());
                conventions += r.get("nombreConventions").asInt();
            }
        }
        assertThat(lu).hasSize(18);
        attendu.forEach((region, montant) -> assertThat(lu.get(region)).as("région " + region)
                .isEqualByComparingTo(montant));
        assertThat(conventions).isEqualTo(101);
    }

    private long id(String code) {
        return jdbc.queryForObject("select c.id from convention c join departement d on d.id = c.departement_id "
                + "where d.code = ? and c.numero_interne = ?", Long.class, code, GenerateurConvention.numero(code));
    }

    /** The money of a generated document depends on the INSEE code only (the seed), not on the names. */
    private static Territoire territoire(String code) {
        return new Territoire(code, "—", "—", "—");
    }
}
