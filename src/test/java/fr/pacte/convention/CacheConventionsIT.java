package fr.pacte.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.PacteIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, point 5: the snapshot of a convention and what is computed from it are kept in memory under the
 * convention's revision, which the database raises at every commit that changes the convention, whoever writes
 * (here plain SQL, as a correction made by hand would be). A kept page is never an old page.
 */
@PacteIntegrationTest
@TestPropertySource(properties = "pacte.bench.compter-sql=true")
class CacheConventionsIT {

    private static final String TABLEAU = "/api/v1/conventions/{id}/tableau-financier";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CacheConventions cache;

    private long revision(long convention) {
        return jdbc.queryForObject("select coalesce(max(revision), 0) from revision_convention where convention_id = ?",
                Long.class, convention);
    }

    /** The État line of fiche 7 on 2024 in the version in force (v0): 10 000 €. */
    private long ligneEtat2024DeLaFiche7() {
        return jdbc.queryForObject("""
                select id from ligne_financement where fiche_id = ? and exercice = 2024 and financeur = 'ETAT'
                  and stade = 'PREVU' and version_debut <= 0 and (version_fin is null or version_fin > 0)""",
                Long.class, DemoVienne.fiche(jdbc, "7"));
    }

    private int sql(String url, long convention) throws Exception {
        String entete = mvc.perform(get(url, convention).param("annee", "2024")
                        .with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Pacte-Sql");
        return Integer.parseInt(entete);
    }

    @Test
    @DisplayName("Le tableau financier 2024 lu deux fois : la seconde lecture reprend l'instantané et le tableau gardés "
            + "(moins d'instructions SQL), avec les mêmes montants (578 633,00 € État sur les solidarités)")
    void aSecondReadUsesWhatWasKept() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        int premiere = sql(TABLEAU, vienne);
        int seconde = sql(TABLEAU, vienne);
        assertThat(seconde).isLessThan(premiere);
        assertThat(cache.taille()).isPositive();
        mvc.perform(get(TABLEAU, vienne).param("annee", "2024").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
    }

    @Test
    @DisplayName("Une ligne corrigée en SQL hors de l'application (10 000 → 11 000 € sur la fiche 7) : la révision "
            + "monte d'une unité au commit et le tableau suivant montre 579 633,00 € ; remise à 10 000 €, 578 633,00 €")
    void aChangeMadeOutsideTheApplicationIsSeenAtOnce() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        long ligne = ligneEtat2024DeLaFiche7();
        mvc.perform(get(TABLEAU, vienne).param("annee", "2024").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
        long avant = revision(vienne);
        jdbc.update("update ligne_financement set montant = 11000.00 where id = ?", ligne);
        assertThat(revision(vienne)).isEqualTo(avant + 1);
        mvc.perform(get(TABLEAU, vienne).param("annee", "2024").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(579633.00));
        jdbc.update("update ligne_financement set montant = 10000.00 where id = ?", ligne);
        mvc.perform(get(TABLEAU, vienne).param("annee", "2024").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(jsonPath("$.champs[0].etat").value(578633.00));
    }

    @Test
    @DisplayName("Une transaction qui change trois lignes et un intitulé de fiche monte la révision d'une seule unité ; "
            + "une transaction annulée ne la monte pas")
    void oneTransactionRaisesTheRevisionOnce() {
        long vienne = DemoVienne.convention(jdbc);
        long ligne = ligneEtat2024DeLaFiche7();
        long avant = revision(vienne);
        transactions.executeWithoutResult(t -> {
            for (int i = 0; i < 3; i++) {
                jdbc.update("update ligne_financement set justification = ? where id = ?", "essai " + i, ligne);
            }
            jdbc.update("update fiche_action_contenu set intitule = intitule where fiche_id = ?",
                    DemoVienne.fiche(jdbc, "7"));
        });
        assertThat(revision(vienne)).isEqualTo(avant + 1);
        transactions.executeWithoutResult(t -> {
            jdbc.update("update ligne_financement set justification = 'annulée' where id = ?", ligne);
            t.setRollbackOnly();
        });
        assertThat(revision(vienne)).isEqualTo(avant + 1);
    }
}
