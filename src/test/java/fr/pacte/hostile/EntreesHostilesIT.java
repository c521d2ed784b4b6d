package fr.pacte.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.FichiersHostiles;
import fr.pacte.support.PacteIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13, items 1, 2 and 7: the standing hostile suite on the running application. Each hostile file or number
 * answers a French 400 at once (a generous bound: 5 s, where the old readers took 12 s to minutes or ran out of
 * memory) and nothing is saved. bench/hostile.sh replays the same cases against a running app.
 */
@PacteIntegrationTest
class EntreesHostilesIT {

    private static final String VERIFIER = "/api/v1/controles/tableau-financier";
    private static final long BORNE_MS = 5_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, byte[]> fichiersHostiles() {
        Map<String, byte[]> fichiers = new LinkedHashMap<>();
        fichiers.put("fusion A3:XFD1048576", FichiersHostiles.fusionGeante("A3:XFD1048576"));
        fichiers.put("fusion A3:ZZ100000", FichiersHostiles.fusionGeante("A3:ZZ100000"));
        fichiers.put("10 001 fusions", FichiersHostiles.fusions(10_001));
        fichiers.put("colonne XFD", FichiersHostiles.colonneLointaine());
        fichiers.put("5 001 lignes", FichiersHostiles.lignes(5_001));
        fichiers.put("250 001 textes partagés", FichiersHostiles.chainesPartagees(250_001));
        fichiers.put("bombe de décompression", FichiersHostiles.bombeDeDecompression(40));
        fichiers.put("XXE", FichiersHostiles.entiteExterne());
        fichiers.put("billion laughs", FichiersHostiles.milliardDeRires());
        fichiers.put("CSV guillemet ouvert", FichiersHostiles.csvGuillemetOuvert(200_000));
        fichiers.put("CSV 300 colonnes", FichiersHostiles.csvColonnes(300));
        return fichiers;
    }

    @Test
    @DisplayName("R-IMP-1 : chaque fichier hostile, envoyé au contrôle seul, répond 400 en français en moins de 5 s")
    void hostileFilesOnTheCheckEndpoint() throws Exception {
        for (Map.Entry<String, byte[]> fichier : fichiersHostiles().entrySet()) {
            long debut = System.nanoTime();
            String erreur = mvc.perform(multipart(VERIFIER).file(new MockMultipartFile("fichier", "hostile.xlsx",
                            MediaType.APPLICATION_OCTET_STREAM_VALUE, fichier.getValue()))
                            .with(httpBasic("agent.prefecture", "demo")))
                    .andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            long ms = (System.nanoTime() - debut) / 1_000_000;
            assertThat(ms).as("%s : %d ms", fichier.getKey(), ms).isLessThan(BORNE_MS);
            assertThat(erreur).as(fichier.getKey()).containsPattern("\"erreur\":\"[^\"]*(fichier|classeur|feuille|ligne"
                    + "|Le |La )[^\"]*\"");
        }
    }

    @Test
    @DisplayName("R-IMP-17 : la fusion géante envoyée à l'import d'une convention répond 400 et n'enregistre rien")
    void hostileFileOnTheImportSavesNothing() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        List<Map<String, Object>> avant = lignes(vienne);
        long debut = System.nanoTime();
        mvc.perform(multipart("/api/v1/conventions/{id}/tableau-financier", vienne).param("annee", "2024")
                        .file(new MockMultipartFile("fichier", "bombe.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE,
                                FichiersHostiles.fusionGeante("A3:XFD1048576")))
                        .with(httpBasic("agent.departement", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("fusionnées démesurée (A3:XFD1048576")));
        assertThat((System.nanoTime() - debut) / 1_000_000).isLessThan(BORNE_MS);
        assertThat(lignes(vienne)).isEqualTo(avant);
    }

    @Test
    @DisplayName("R-IND-4 : {\"nombre\": 1e10000000} (et 1e-10000000, 400 chiffres) répond 400 en français à l'instant et ne change rien")
    void hugeNumberInJson() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        long indicateur = jdbc.queryForObject("select lf.id from indicateur_fiche lf join indicateur i on i.id = "
                + "lf.indicateur_id join fiche_action f on f.id = lf.fiche_id where lf.convention_id = ? and f.numero = '1' "
                + "and i.libelle = 'Nombre d''enfants accompagnés'", Long.class, vienne);
        String url = "/api/v1/conventions/{id}/indicateurs/{ind}/valeurs/{annee}/{nature}";
        String avant = valeurs(indicateur);
        for (String nombre : new String[] {"1e10000000", "1e-10000000", "1" + "0".repeat(400)}) {
            long debut = System.nanoTime();
            mvc.perform(put(url, vienne, indicateur, 2024, "CIBLE").with(httpBasic("agent.departement", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"nombre\": " + nombre + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.erreur").value(containsString(nombre.length() > 100
                            ? "dépasse les limites" : "est hors limites")));
            assertThat((System.nanoTime() - debut) / 1_000_000).as(nombre).isLessThan(BORNE_MS);
        }
        assertThat(valeurs(indicateur)).isEqualTo(avant);
        mvc.perform(put(url, vienne, indicateur, 2024, "CIBLE").with(httpBasic("agent.departement", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nombre\": 61}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nombre").value(61));
    }

    @Test
    @DisplayName("R-IMP-1 : à l'écran d'import, la fusion géante donne la page avec le message en français, rien n'est enregistré")
    void hostileFileOnTheImportPage() throws Exception {
        long vienne = DemoVienne.convention(jdbc);
        List<Map<String, Object>> avant = lignes(vienne);
        mvc.perform(multipart("/conventions/{id}/tableau-financier/import", vienne).param("annee", "2024")
                        .file(new MockMultipartFile("fichier", "bombe.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE,
                                FichiersHostiles.fusionGeante("A3:XFD1048576")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(utilisateur("agent.departement"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("fusionnées démesurée")));
        assertThat(lignes(vienne)).isEqualTo(avant);
        mvc.perform(get("/api/v1/conventions").with(httpBasic("agent.departement", "demo"))).andExpect(status().isOk());
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService utilisateurs;

    private org.springframework.security.core.userdetails.UserDetails utilisateur(String login) {
        return utilisateurs.loadUserByUsername(login);
    }

    private List<Map<String, Object>> lignes(long convention) {
        return jdbc.queryForList("select l.id, l.montant, l.financeur, l.exercice from ligne_financement l "
                + "join fiche_action f on f.id = l.fiche_id where f.convention_id = ? order by l.id", convention);
    }

    private String valeurs(long indicateur) {
        return jdbc.queryForList("select annee, nature, texte, nombre from valeur_indicateur where indicateur_fiche_id = ? "
                + "order by annee, nature", indicateur).toString();
    }
}
