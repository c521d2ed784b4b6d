package fr.pacte.avenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/**
 * The avenant's document and its comparison « avant / après » (contracts/avenant.md) on the Vienne: money moved
 * between axes keeps the totals (R-FIN-22), a raised State envelope without its complement is AVENANT_TOTAL, a report
 * beyond the champ's end is refused (R-PAY-8). One avenant at a time: each test ends by abandoning its own.
 */
@PacteIntegrationTest
class AvenantComparaisonIT {

    private static final String AVENANTS = "/api/v1/conventions/{id}/avenants";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    /** 5 000 € of the État move from axe 2 (fiche 7) to axe 3 (fiche 11) in 2024, montants conventionnels with them. */
    private static String fongibilite(int numero, String montantAxe3, String ligneFiche11) {
        return """
                {"numero": %d, "objet": "Nouvelle répartition des axes après fongibilité",
                 "montantsConventionnels": [
                   {"champ": "SOL", "axe": "2", "exercice": 2024, "financeur": "ETAT", "montant": 225000.00},
                   {"champ": "SOL", "axe": "3", "exercice": 2024, "financeur": "ETAT", "montant": %s}],
                 "lignes": [
                   {"fiche": "7", "axe": "2", "exercice": 2024, "financeur": "ETAT", "nature": "CREDITS_NOUVEAUX", "montant": 5000.00},
                   {"fiche": "11", "axe": "3", "exercice": 2024, "financeur": "ETAT", "nature": "CREDITS_NOUVEAUX", "montant": %s}]}
                """.formatted(numero, montantAxe3, ligneFiche11);
    }

    private void abandonner(int numero) throws Exception {
        mvc.perform(post(AVENANTS + "/{n}/transitions", vienne(), numero).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"ABANDONNE\", \"commentaire\": \"Essai terminé\"}")
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk());
    }

    private int prochainNumero() {
        Integer max = jdbc.queryForObject("select max(numero) from avenant where convention_id = ?", Integer.class,
                vienne());
        return max == null ? 1 : max + 1;
    }

    @Test
    @DisplayName("R-FIN-22 — 5 000 € passés de l'axe 2 à l'axe 3 (2024) : totaux du champ gardés (578 633 €), axes "
            + "230 000 → 225 000 et 110 428 → 115 428, aucun constat ; le même avenant qui relève l'axe 3 sans "
            + "complément donne AVENANT_TOTAL (déclaré 578 633, calculé 588 633, écart −10 000)")
    void fongibiliteKeepsTheTotalsAndARaiseWithoutComplementIsAvenantTotal() throws Exception {
        int n = prochainNumero();
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content(fongibilite(n, "115428.00", "35000.00")).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.numero").value(n))
                .andExpect(jsonPath("$.statut").value("PROJET"))
                .andExpect(jsonPath("$.constats", hasSize(0)));
        mvc.perform(get(AVENANTS + "/{n}/comparaison", vienne(), n).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numero").value(n))
                .andExpect(jsonPath("$.statut").value("PROJET"))
                .andExpect(jsonPath("$.montantsConventionnels", hasSize(2)))
                .andExpect(jsonPath("$.montantsConventionnels[0].axe").value("2"))
                .andExpect(jsonPath("$.montantsConventionnels[0].avant").value(230000.00))
                .andExpect(jsonPath("$.montantsConventionnels[0].apres").value(225000.00))
                .andExpect(jsonPath("$.montantsConventionnels[0].ecart").value(-5000.00))
                .andExpect(jsonPath("$.lignes", hasSize(2)))
                .andExpect(jsonPath("$.lignes[0].fiche").value("7"))
                .andExpect(jsonPath("$.lignes[0].avant").value(10000.00))
                .andExpect(jsonPath("$.lignes[0].ecart").value(-5000.00))
                .andExpect(jsonPath("$.lignes[1].fiche").value("11"))
                .andExpect(jsonPath("$.lignes[1].apres").value(35000.00))
                .andExpect(jsonPath("$.axes", hasSize(3)))
                .andExpect(jsonPath("$.axes[1].axe").value("2"))
                .andExpect(jsonPath("$.axes[1].avant.etat").value(230000.00))
                .andExpect(jsonPath("$.axes[1].apres.etat").value(225000.00))
                .andExpect(jsonPath("$.axes[1].ecart.total").value(-5000.00))
                .andExpect(jsonPath("$.axes[2].apres.etat").value(115428.00))
                .andExpect(jsonPath("$.champs", hasSize(1)))
                .andExpect(jsonPath("$.champs[0].champ").value("SOL"))
                .andExpect(jsonPath("$.champs[0].avant.etat").value(578633.00))
                .andExpect(jsonPath("$.champs[0].apres.etat").value(578633.00))
                .andExpect(jsonPath("$.champs[0].apres.total").value(1815650.00))
                .andExpect(jsonPath("$.champs[0].ecart.total").value(0.00))
                .andExpect(jsonPath("$.constats", hasSize(0)));

        // The same avenant raises axe 3 by 10 000 € without declaring the complement.
        mvc.perform(put(AVENANTS + "/{n}", vienne(), n).contentType(MediaType.APPLICATION_JSON)
                        .content(fongibilite(n, "125428.00", "45000.00")).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constats", hasSize(2)));
        mvc.perform(get(AVENANTS + "/{n}/comparaison", vienne(), n).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.constats", hasSize(2)))
                .andExpect(jsonPath("$.constats[0].code").value("AVENANT_TOTAL"))
                .andExpect(jsonPath("$.constats[0].objet").value("MONTANTS"))
                .andExpect(jsonPath("$.constats[0].champ").value("SOL"))
                .andExpect(jsonPath("$.constats[0].exercice").value(2024))
                .andExpect(jsonPath("$.constats[0].financeur").value("ETAT"))
                .andExpect(jsonPath("$.constats[0].declare").value(578633.00))
                .andExpect(jsonPath("$.constats[0].calcule").value(588633.00))
                .andExpect(jsonPath("$.constats[0].ecart").value(-10000.00))
                .andExpect(jsonPath("$.constats[1].objet").value("LIGNES"))
                .andExpect(jsonPath("$.constats[1].calcule").value(588633.00))
                .andExpect(jsonPath("$.champs[0].apres.etat").value(588633.00));
        // Submission is refused while the finding is there (422, nothing changed).
        mvc.perform(post(AVENANTS + "/{n}/transitions", vienne(), n).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vers\": \"EN_REVUE\"}").with(httpBasic("valideur.vienne", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("erreur")))
                .andExpect(jsonPath("$.constats[0].code").value("AVENANT_TOTAL"));
        abandonner(n);
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
    }

    @Test
    @DisplayName("R-PAY-8 — un report 2027 → 2028 sur les solidarités (fin le 31/12/2027) est refusé : 422 "
            + "REPORT_HORS_PERIODE, rien n'est enregistré")
    void aCarryOverBeyondTheChampsEndIsRefused() throws Exception {
        int n = prochainNumero();
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"numero": %d, "objet": "Report des crédits 2027",
                         "reports": [{"champ": "SOL", "fiche": null, "financeur": "ETAT", "exerciceOrigine": 2027,
                                      "exerciceDestination": 2028, "montant": 25000.00}]}
                        """.formatted(n)).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.enregistre").value(false))
                .andExpect(jsonPath("$.constats[0].code").value("REPORT_HORS_PERIODE"))
                .andExpect(jsonPath("$.constats[0].message").value(containsString("au-delà de la fin du champ")));
        mvc.perform(get(AVENANTS, vienne()).with(httpBasic("agent.departement", "demo")))
                .andExpect(jsonPath("$[?(@.numero == " + n + ")]", hasSize(0)));
    }

    @Test
    @DisplayName("R-PAY-8 — fiche 7 exécutée à 6 000 € État sur 10 000 € en 2024 : un report de 5 000 € vers 2025 est "
            + "signalé en erreur (REPORT_EXCESSIF, déclaré 4 000 € non exécutés, calculé 5 000 €) ; un report de 4 000 € "
            + "passe sans constat")
    void aCarryOverBeyondWhatWasNotExecutedIsRefused() throws Exception {
        mvc.perform(put("/api/v1/conventions/{id}/execution/2024", vienne()).with(httpBasic("finances.vienne", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"lignes": [{"fiche": "7", "axe": "2", "financeur": "ETAT", "nature": "CREDITS_NOUVEAUX",
                                  "montant": 6000.00, "date": "2024-06-15", "piece": "mandat 2024-7"}]}"""))
                .andExpect(status().isOk());
        String report = """
                {"numero": %d, "objet": "Report des crédits 2024 de la fiche 7",
                 "reports": [{"champ": "SOL", "fiche": "7", "financeur": "ETAT", "exerciceOrigine": 2024,
                              "exerciceDestination": 2025, "montant": %s}]}
                """;
        int n = prochainNumero();
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content(report.formatted(n, "5000.00")).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.constats[0].code").value("REPORT_EXCESSIF"))
                .andExpect(jsonPath("$.constats[0].gravite").value("ERREUR"))
                .andExpect(jsonPath("$.constats[0].declare").value(4000.00))
                .andExpect(jsonPath("$.constats[0].calcule").value(5000.00));
        abandonner(n);
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content(report.formatted(n + 1, "4000.00")).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.constats[?(@.code == 'REPORT_EXCESSIF')]", hasSize(0)));
        abandonner(n + 1);
    }

    @Test
    @DisplayName("contracts/avenant.md — un avenant déjà signé sur papier (délibération et signature du 30/06/2025) est "
            + "enregistré EN_VIGUEUR : la version qu'il fait est en vigueur depuis cette date ; des votes qui ne "
            + "s'équilibrent pas le refusent (R-ADM-4)")
    void anAvenantAlreadySignedIsRecordedInForce() throws Exception {
        int n = prochainNumero();
        String document = """
                {"numero": %d, "objet": "Financement 2026 de la fiche 13",
                 "complements": [{"champ": "SOL", "exercice": 2026, "financeur": "ETAT", "montant": 10000.00}],
                 "montantsConventionnels": [{"champ": "SOL", "axe": null, "exercice": 2026, "financeur": "ETAT", "montant": 588633.00}],
                 "lignes": [{"fiche": "13", "axe": "3", "exercice": 2026, "financeur": "ETAT", "nature": "CREDITS_NOUVEAUX", "montant": 10000.00}],
                 "deliberation": {"organe": "COMMISSION_PERMANENTE", "numero": "CP-2025-07", "dateSeance": "2025-06-13",
                                  "pour": %d, "contre": 2, "abstentions": 1, "presents": 30, "representes": 5},
                 "signature": {"date": "2025-06-30"}}
                """;
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content(document.formatted(n, 33)).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.erreur").value(containsString("ne s'équilibrent pas")));
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON)
                        .content(document.formatted(n, 32)).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.statut").value("EN_VIGUEUR"))
                .andExpect(jsonPath("$.constats", hasSize(0)));
        mvc.perform(get("/api/v1/conventions/{id}/versions", vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$[?(@.avenant == " + n + ")].enVigueurDu").value(org.hamcrest.Matchers.hasItem("2025-06-30")))
                .andExpect(jsonPath("$[?(@.avenant == " + n + ")].statut").value(org.hamcrest.Matchers.hasItem("EN_VIGUEUR")));
        mvc.perform(get(AVENANTS, vienne()).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$[?(@.numero == " + n + ")].dateEntreeVigueur").value(org.hamcrest.Matchers.hasItem("2025-06-30")));
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2026")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(10000.00));
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2026")
                        .param("enVigueurAu", "2025-06-29").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(0.00));
    }

    @Test
    @DisplayName("contracts/avenant.md — une nouvelle fiche (24, axe 3) financée en 2025 avec son complément : la "
            + "comparaison la donne nouvelle avec ses champs ; le document relu par GET et renvoyé par PUT ne change "
            + "rien ; l'abandon efface la fiche et rend la version en vigueur intacte")
    void aNewFicheRoundTripsAndGoesWithTheAbandonment() throws Exception {
        int n = prochainNumero();
        mvc.perform(post(AVENANTS, vienne()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"numero": %d, "objet": "Nouvelle action mobilité",
                         "complements": [{"champ": "SOL", "exercice": 2025, "financeur": "ETAT", "montant": 5000.00}],
                         "montantsConventionnels": [{"champ": "SOL", "axe": null, "exercice": 2025, "financeur": "ETAT", "montant": 583633.00}],
                         "fiches": [{"cle": "24", "numero": "24", "intitule": "Garage solidaire", "champ": "SOL",
                                     "axes": ["3"], "statut": "NOUVELLE", "description": "Réparation à prix coûtant"}],
                         "lignes": [{"fiche": "24", "axe": "3", "exercice": 2025, "financeur": "ETAT",
                                     "nature": "CREDITS_NOUVEAUX", "montant": 5000.00}]}
                        """.formatted(n)).with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.constats", hasSize(0)));
        String comparaison = mvc.perform(get(AVENANTS + "/{n}/comparaison", vienne(), n)
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.fiches", hasSize(1)))
                .andExpect(jsonPath("$.fiches[0].cle").value("24"))
                .andExpect(jsonPath("$.fiches[0].nouvelle").value(true))
                .andExpect(jsonPath("$.fiches[0].modifications[?(@.champ == 'intitule')].apres").value(
                        org.hamcrest.Matchers.hasItem("Garage solidaire")))
                .andExpect(jsonPath("$.lignes[0].fiche").value("24"))
                .andExpect(jsonPath("$.lignes[0].avant").value(0.00))
                .andExpect(jsonPath("$.lignes[0].apres").value(5000.00))
                .andExpect(jsonPath("$.champs[0].exercice").value(2025))
                .andExpect(jsonPath("$.champs[0].ecart.etat").value(5000.00))
                .andReturn().getResponse().getContentAsString();
        String document = mvc.perform(get(AVENANTS + "/{n}", vienne(), n).with(httpBasic("agent.departement", "demo")))
                .andExpect(jsonPath("$.fiches[0].cle").value("24"))
                .andExpect(jsonPath("$.complements[0].montant").value(5000.00))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(put(AVENANTS + "/{n}", vienne(), n).contentType(MediaType.APPLICATION_JSON).content(document)
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constats", hasSize(0)));
        mvc.perform(get(AVENANTS + "/{n}/comparaison", vienne(), n).with(httpBasic("agent.prefecture", "demo")))
                .andExpect(content().json(comparaison));
        abandonner(n);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from fiche_action f join "
                + "convention c on c.id = f.convention_id where c.numero_interne = ? and f.numero = '24'", Integer.class,
                DemoVienne.NUMERO)).isZero();
        mvc.perform(get("/api/v1/conventions/{id}/tableau-financier", vienne()).param("annee", "2025")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(0.00));
    }
}
