package fr.pacte.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.Formulaire;
import fr.pacte.support.PacteBrowserTest;
import fr.pacte.support.SessionHttp;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-WF-9 with real sessions at once: concurrent or double-submitted saves of one fiche or one exercice are queued
 * behind the convention's lock; one wins, the others get the stale-save message, never a 500, and the money is as
 * after one save.
 */
@PacteBrowserTest
class ConcurrenceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private long vienne() {
        return DemoVienne.convention(jdbc);
    }

    private String formulaireFiche(String numero) {
        return "/conventions/" + vienne() + "/fiches-actions/" + DemoVienne.fiche(jdbc, numero) + "/modifier";
    }

    private static Formulaire formulaire(SessionHttp session, String chemin) throws Exception {
        HttpResponse<String> page = session.get(chemin);
        assertThat(page.statusCode()).isEqualTo(200);
        return Formulaire.de(page.body(), "form.formulaire[action$=/modifier]");
    }

    /** Planned amounts of a financeur in the latest version, SOL 2024. */
    private BigDecimal solidarites2024(String financeur) {
        return jdbc.queryForObject("select coalesce(sum(montant), 0) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'SOL' "
                + "and l.financeur = ? and l.stade = 'PREVU' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class,
                vienne(), financeur);
    }

    private int lignesSolidarites2024() {
        return jdbc.queryForObject("select count(*) from ligne_financement l join axe a on a.id = l.axe_id "
                + "join champ c on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'SOL' "
                + "and" + DemoVienne.DERNIERE_VERSION, Integer.class, vienne());
    }

    /** Runs the calls at the same instant (a start gate), returns their answers. */
    private static <T> List<T> ensemble(List<Callable<T>> appels) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(appels.size());
        try {
            CountDownLatch depart = new CountDownLatch(1);
            List<Future<T>> futurs = new ArrayList<>();
            for (Callable<T> appel : appels) {
                futurs.add(pool.submit(() -> {
                    depart.await();
                    return appel.call();
                }));
            }
            depart.countDown();
            List<T> resultats = new ArrayList<>();
            for (Future<T> f : futurs) {
                resultats.add(f.get());
            }
            return resultats;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-WF-9 — vingt sessions enregistrent la fiche 3 au même instant : une seule l'emporte, les 19 autres "
            + "reçoivent le message « modifiée entre-temps » (409), jamais de 500 ; l'État reste une seule ligne")
    void twentySessionsSavingOneFicheAtOnce() throws Exception {
        BigDecimal etatAvant = solidarites2024("ETAT");
        BigDecimal fiche3Avant = jdbc.queryForObject("select montant from ligne_financement l where fiche_id = ? "
                + "and exercice = 2024 and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class,
                DemoVienne.fiche(jdbc, "3"));
        List<SessionHttp> sessions = new ArrayList<>();
        List<Formulaire> formulaires = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SessionHttp session = SessionHttp.connecter(port, "agent.departement", "demo");
            sessions.add(session);
            formulaires.add(formulaire(session, formulaireFiche("3")).avec("budget[0].etat", String.valueOf(70_000 + i)));
        }
        List<Callable<HttpResponse<String>>> appels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SessionHttp session = sessions.get(i);
            Formulaire form = formulaires.get(i);
            appels.add(() -> session.poster(form));
        }
        List<HttpResponse<String>> reponses = ensemble(appels);

        assertThat(reponses).extracting(HttpResponse::statusCode).containsOnly(302, 409);
        assertThat(reponses).filteredOn(r -> r.statusCode() == 302).hasSize(1);
        assertThat(reponses).filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.body()).contains("a été modifiée par agent.departement"));
        List<Map<String, Object>> etat = jdbc.queryForList("select montant from ligne_financement l where fiche_id = ? "
                + "and exercice = 2024 and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, DemoVienne.fiche(jdbc, "3"));
        assertThat(etat).hasSize(1);
        BigDecimal gagnant = (BigDecimal) etat.get(0).get("montant");
        assertThat(gagnant).isBetween(new BigDecimal("70000"), new BigDecimal("70019"));
        assertThat(solidarites2024("ETAT")).isEqualByComparingTo(etatAvant.subtract(fiche3Avant).add(gagnant));
    }

    @Test
    @DisplayName("R-WF-9 — deux agents ouvrent la fiche 7, chacun change seulement un montant : le second est refusé, "
            + "les deux valeurs sont affichées et sa saisie est conservée")
    void twoUsersOnTheSameFiche() throws Exception {
        SessionHttp premiere = SessionHttp.connecter(port, "agent.departement", "demo");
        SessionHttp seconde = SessionHttp.connecter(port, "agent.vienne", "demo");
        Formulaire a = formulaire(premiere, formulaireFiche("7")).avec("budget[0].etat", "12 000,00");
        Formulaire b = formulaire(seconde, formulaireFiche("7")).avec("budget[0].etat", "13 000,00");

        assertThat(premiere.poster(a).statusCode()).isEqualTo(302);
        HttpResponse<String> refus = seconde.poster(b);

        assertThat(refus.statusCode()).isEqualTo(409);
        var page = Jsoup.parse(refus.body());
        assertThat(page.selectFirst("#resume-erreurs").text()).contains("a été modifiée par agent.departement",
                "rien n'a été enregistré");
        assertThat(page.selectFirst("input[name=budget[0].etat]").attr("value")).isEqualTo("13 000,00");
        assertThat(refus.body()).contains("Valeur enregistrée entre-temps : 12\u202F000,00\u00A0€");
        assertThat(jdbc.queryForObject("select montant from ligne_financement l where fiche_id = ? and exercice = 2024 "
                + "and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class, DemoVienne.fiche(jdbc, "7")))
                .isEqualByComparingTo("12000");
        // Having seen both values, the second agent may save again on purpose: his value is then kept.
        Formulaire encore = Formulaire.de(refus.body(), "form.formulaire[action$=/modifier]");
        assertThat(seconde.poster(encore).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select montant from ligne_financement l where fiche_id = ? and exercice = 2024 "
                + "and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class, DemoVienne.fiche(jdbc, "7")))
                .isEqualByComparingTo("13000");
    }

    @Test
    @DisplayName("R-IMP-17 — cinq imports simultanés du même fichier : tous répondent 200 et les lignes sont celles d'un "
            + "seul import")
    void fiveParallelImportsOfOneFile() throws Exception {
        int lignesAvant = lignesSolidarites2024();
        BigDecimal attendu = etatAttenduApresLeFichierFiche7();
        byte[] fichier = DemoVienne.tableau("vienne-2024-fiche7.csv");
        String chemin = "/api/v1/conventions/" + vienne() + "/tableau-financier?annee=2024";
        List<Callable<HttpResponse<String>>> appels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appels.add(() -> SessionHttp.apiFichier(port, chemin, "agent.departement", "vienne-2024-fiche7.csv", fichier));
        }
        List<HttpResponse<String>> reponses = ensemble(appels);
        assertThat(reponses).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"enregistre\":true");
        });
        assertThat(lignesSolidarites2024()).isEqualTo(lignesAvant);
        assertThat(solidarites2024("ETAT")).isEqualByComparingTo(attendu);
        assertThat(solidarites2024("DEPARTEMENT")).isEqualByComparingTo("701524");
    }

    /** vienne-2024-fiche7.csv is the signed table with fiche 7's État at 15 000 €: the État total it leaves. */
    private BigDecimal etatAttenduApresLeFichierFiche7() {
        BigDecimal fiche7 = jdbc.queryForObject("select montant from ligne_financement l where fiche_id = ? and exercice = 2024 "
                + "and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class, DemoVienne.fiche(jdbc, "7"));
        BigDecimal fiche3 = jdbc.queryForObject("select montant from ligne_financement l where fiche_id = ? and exercice = 2024 "
                + "and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class, DemoVienne.fiche(jdbc, "3"));
        // The file carries the signed amounts of every other fiche: fiche 3 goes back to 69 698 €.
        return solidarites2024("ETAT").subtract(fiche7).add(new BigDecimal("15000")).subtract(fiche3)
                .add(new BigDecimal("69698"));
    }

    @Test
    @DisplayName("R-IMP-17 — un double clic sur « Enregistrer » importe l'exercice une seule fois")
    void doubleSubmitOfTheImportConfirmation() throws Exception {
        SessionHttp session = SessionHttp.connecter(port, "agent.departement", "demo");
        String page = "/conventions/" + vienne() + "/tableau-financier/import";
        String csrf = Jsoup.parse(session.get(page).body()).selectFirst("#form-import input[name=_csrf]").attr("value");
        HttpResponse<String> verification = session.postFichier(page, Map.of("_csrf", csrf, "annee", "2024",
                "parite", "ligne", "baseParite", "etat_departement", "enveloppeEtat", ""), "fichier",
                "vienne-2024-fiche7.csv", DemoVienne.tableau("vienne-2024-fiche7.csv"));
        Formulaire confirmation = Formulaire.de(verification.body(), "#form-enregistrer");
        int lignesAvant = lignesSolidarites2024();
        BigDecimal attendu = etatAttenduApresLeFichierFiche7();

        List<HttpResponse<String>> reponses = ensemble(List.of(() -> session.poster(confirmation),
                () -> session.poster(confirmation)));

        assertThat(reponses).filteredOn(r -> r.statusCode() == 302).hasSize(1);
        assertThat(reponses).extracting(HttpResponse::statusCode).doesNotContain(500);
        assertThat(lignesSolidarites2024()).isEqualTo(lignesAvant);
        assertThat(solidarites2024("ETAT")).isEqualByComparingTo(attendu);
    }

    @Test
    @DisplayName("R-WF-9 — l'import vérifié à l'écran est refusé si une fiche du fichier a changé depuis la vérification")
    void importRefusedWhenAFicheChangedSinceTheCheck() throws Exception {
        SessionHttp importateur = SessionHttp.connecter(port, "agent.departement", "demo");
        SessionHttp autre = SessionHttp.connecter(port, "agent.vienne", "demo");
        String page = "/conventions/" + vienne() + "/tableau-financier/import";
        String csrf = Jsoup.parse(importateur.get(page).body()).selectFirst("#form-import input[name=_csrf]").attr("value");
        HttpResponse<String> verification = importateur.postFichier(page, Map.of("_csrf", csrf, "annee", "2024",
                "parite", "ligne", "baseParite", "etat_departement", "enveloppeEtat", ""), "fichier",
                "vienne-2024.csv", DemoVienne.tableau("vienne-2024.csv"));
        Formulaire confirmation = Formulaire.de(verification.body(), "#form-enregistrer");

        assertThat(autre.poster(formulaire(autre, formulaireFiche("7")).avec("budget[0].etat", "11 111,00")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> refus = importateur.poster(confirmation);

        assertThat(refus.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refus.body()).selectFirst("#import-erreur").text())
                .contains("modifié depuis la vérification", "fiche 7 par agent.vienne");
        assertThat(jdbc.queryForObject("select montant from ligne_financement l where fiche_id = ? and exercice = 2024 "
                + "and financeur = 'ETAT' and" + DemoVienne.DERNIERE_VERSION, BigDecimal.class, DemoVienne.fiche(jdbc, "7")))
                .isEqualByComparingTo("11111");
    }

    @Test
    @DisplayName("Vingt écritures simultanées d'indicateurs par l'API : toutes acceptées, aucune erreur 500")
    void twentyConcurrentIndicatorWrites() throws Exception {
        HttpResponse<String> liste = SessionHttp.api(port, "GET", "/api/v1/conventions/" + vienne() + "/indicateurs",
                "agent.departement", null);
        String id = liste.body().replaceAll("(?s)^\\[\\{\"id\":(\\d+),.*$", "$1");
        List<Callable<HttpResponse<String>>> appels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String json = "{\"nombre\": " + (100 + i) + "}";
            appels.add(() -> SessionHttp.api(port, "PUT", "/api/v1/conventions/" + vienne() + "/indicateurs/" + id
                    + "/valeurs/2024/RESULTAT", "agent.departement", json));
        }
        List<HttpResponse<String>> reponses = ensemble(appels);
        assertThat(reponses).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(jdbc.queryForObject("select count(*) from valeur_indicateur where indicateur_fiche_id = ? "
                + "and annee = 2024 and nature = 'RESULTAT'", Integer.class, Long.valueOf(id))).isEqualTo(1);
    }
}
