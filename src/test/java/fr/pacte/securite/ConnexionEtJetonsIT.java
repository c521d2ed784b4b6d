package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pacte.securite.Evenements.JetonApiCree;
import fr.pacte.securite.Evenements.JetonApiRevoque;
import fr.pacte.support.PacteIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in (R-SEC-11, issue 13 items 4 and 6) and personal API tokens (issue 12 item 6) on the demo accounts: the
 * throttle that a stranger cannot turn against the owner, the French 401, tokens, the security headers.
 */
@PacteIntegrationTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class ConnexionEtJetonsIT {

    private static final String CONVENTIONS = "/api/v1/conventions";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService utilisateurs;

    @Autowired
    ApplicationEvents evenements;

    private static RequestPostProcessor depuis(String adresse) {
        return requete -> {
            requete.setRemoteAddr(adresse);
            return requete;
        };
    }

    @Test
    @DisplayName("Référentiel — GET /api/v1/referentiel/departements : les 101 Départements INSEE, 18 régions, pour tout connecté")
    void referentielListsTheDepartements() throws Exception {
        mvc.perform(get("/api/v1/referentiel/departements").with(httpBasic("agent.prefecture", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(102)))
                .andExpect(jsonPath("$[0].code").value("01"))
                .andExpect(jsonPath("$[0].nom").value("Ain"))
                .andExpect(jsonPath("$[0].region").value("Auvergne-Rhône-Alpes"))
                .andExpect(jsonPath("$[19].code").value("2A"))
                .andExpect(jsonPath("$[20].code").value("2B"))
                .andExpect(jsonPath("$[100].code").value("976"))
                .andExpect(jsonPath("$[101].code").value("99"))
                .andExpect(jsonPath("$[?(@.code == '86')].nom").value(hasItem("Vienne")))
                .andExpect(jsonPath("$[?(@.code == '86')].region").value(hasItem("Nouvelle-Aquitaine")))
                .andExpect(jsonPath("$[?(@.code == '79')].nom").value(hasItem("Deux-Sèvres")));
        String json = mvc.perform(get("/api/v1/referentiel/departements").with(httpBasic("agent.autre", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> regions = com.jayway.jsonpath.JsonPath.read(json, "$[?(@.code != '99')].region");
        assertThat(regions).hasSize(101);
        assertThat(regions.stream().distinct()).hasSize(18);
        mvc.perform(get("/api/v1/referentiel/departements")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("R-SEC-11 — sans identifiants : 401, WWW-Authenticate Basic et Bearer, corps JSON en français")
    void unauthorizedCarriesTheChallengesAndAFrenchBody() throws Exception {
        mvc.perform(get(CONVENTIONS))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"Pacte\", charset=\"UTF-8\"", "Bearer realm=\"Pacte\""))
                .andExpect(jsonPath("$.code").value("NON_AUTHENTIFIE"))
                .andExpect(jsonPath("$.erreur").value(containsString("Identifiez-vous")));
        mvc.perform(get(CONVENTIONS).with(httpBasic("agent.finances", "mauvais")).with(depuis("10.1.1.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.code").value("IDENTIFIANTS_INCORRECTS"))
                .andExpect(jsonPath("$.erreur").value("Identifiant ou mot de passe incorrect."));
    }

    @Test
    @DisplayName("R-SEC-11 — un inconnu qui se trompe depuis son adresse se bloque lui-même ; le titulaire entre depuis la sienne")
    void aStrangerCannotLockTheOwnerOut(CapturedOutput sortie) throws Exception {
        for (int i = 1; i <= 4; i++) {
            mvc.perform(get(CONVENTIONS).with(httpBasic("finances.vienne", "faux" + i)).with(depuis("203.0.113.9")))
                    .andExpect(jsonPath("$.code").value("IDENTIFIANTS_INCORRECTS"));
        }
        mvc.perform(get(CONVENTIONS).with(httpBasic("finances.vienne", "faux5")).with(depuis("203.0.113.9")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("CONNEXION_SUSPENDUE"))
                .andExpect(header().exists("Retry-After"));
        // Even the right password, from the stranger's address: refused without being checked.
        mvc.perform(get(CONVENTIONS).with(httpBasic("finances.vienne", "demo")).with(depuis("203.0.113.9")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.code").value("CONNEXION_SUSPENDUE"))
                .andExpect(jsonPath("$.erreur").value(containsString("Réessayez à partir de ")))
                .andExpect(jsonPath("$.erreur").value(containsString(" h ")));

        mvc.perform(get(CONVENTIONS).with(httpBasic("finances.vienne", "demo")).with(depuis("192.0.2.86")))
                .andExpect(status().isOk());

        List<String> lignes = sortie.getAll().lines().filter(l -> l.contains("« finances.vienne »")).toList();
        assertThat(lignes).hasSize(6);
        assertThat(lignes.get(5)).contains("Connexion refusée", "203.0.113.9", "connexion suspendue jusqu'à");
        assertThat(sortie.getAll()).doesNotContain("\tat org.springframework.security");
    }

    @Test
    @DisplayName("R-SEC-11 — page de connexion : l'utilisateur bloqué lit quand il pourra réessayer ; l'administrateur le débloque")
    void aLockedUserSeesWhenToRetryAndTheAdministratorUnlocks() throws Exception {
        MvcResult dernier = null;
        for (int i = 1; i <= 5; i++) {
            dernier = mvc.perform(connexion("valideur.vienne", "essai" + i, "198.51.100.7"))
                    .andExpect(redirectedUrl("/connexion?error")).andReturn();
        }
        Cookie session = dernier.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/connexion").param("error", "").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trop d&#39;essais infructueux")))
                .andExpect(content().string(containsString("Réessayez à partir de ")))
                .andExpect(content().string(containsString("value=\"valideur.vienne\"")));

        Instant fin = jdbc.queryForObject("select bloque_jusqu_a from tentative_connexion where login = 'valideur.vienne'",
                java.sql.Timestamp.class).toInstant();
        assertThat(Duration.between(Instant.now(), fin)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));

        long id = jdbc.queryForObject("select id from utilisateur where login = 'valideur.vienne'", Long.class);
        mvc.perform(get("/administration/comptes").with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(content().string(containsString("connexion suspendue jusqu")));
        mvc.perform(post("/administration/comptes/{id}/debloquer", id).with(csrf())
                        .with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/administration/comptes"));
        assertThat(jdbc.queryForObject("select count(*) from tentative_connexion where login = 'valideur.vienne'",
                Integer.class)).isZero();
        mvc.perform(connexion("valideur.vienne", "demo", "198.51.100.7"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    @DisplayName("R-SEC-11 — le compteur en base : l'échec s'oublie, le succès remet à zéro, le blocage expire")
    void theCountInPostgresqlExpiresAndResets() {
        Instant[] maintenant = {Instant.parse("2026-03-31T08:00:00Z")};
        TentativesDeConnexion tentatives = new TentativesDeConnexion(jdbc, new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return maintenant[0];
            }
        });
        for (int i = 0; i < 4; i++) {
            tentatives.echec("Agent.Autre", "10.9.9.9");
        }
        assertThat(tentatives.etat("agent.autre", "10.9.9.9").bloque()).isFalse();
        TentativesDeConnexion.Echec cinquieme = tentatives.echec("agent.autre", "10.9.9.9");
        assertThat(cinquieme.bloqueJusqua()).isEqualTo(maintenant[0].plus(Duration.ofMinutes(1)));
        assertThat(tentatives.etat("agent.autre", "10.9.9.9").bloque()).isTrue();
        assertThat(tentatives.etat("agent.autre", "10.9.9.10").bloque()).isFalse();
        assertThat(tentatives.etat("agent.prefecture", "10.9.9.9").bloque()).isFalse();

        maintenant[0] = maintenant[0].plus(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(tentatives.etat("agent.autre", "10.9.9.9").bloque()).isFalse();
        assertThat(tentatives.echec("agent.autre", "10.9.9.9").bloqueJusqua())
                .isEqualTo(maintenant[0].plus(Duration.ofMinutes(2)));

        tentatives.succes("agent.autre", "10.9.9.9");
        assertThat(tentatives.echec("agent.autre", "10.9.9.9").echecs()).isEqualTo(1);

        maintenant[0] = maintenant[0].plus(Duration.ofHours(25));
        assertThat(tentatives.echec("agent.autre", "10.9.9.9").echecs()).isEqualTo(1);
        jdbc.update("delete from tentative_connexion where adresse like '10.9.9.%'");
    }

    @Test
    @DisplayName("Jetons d'API — créé sur la page, montré une fois, gardé en SHA-256 ; Bearer agit avec le rôle et le périmètre")
    void aTokenIsCreatedOnceAndActsAsItsUser(CapturedOutput sortie) throws Exception {
        String jeton = creerJeton("agent.autre", "script de test");
        assertThat(jeton).startsWith("pacte_").hasSize(6 + 43);
        assertThat(jdbc.queryForObject("select count(*) from jeton_api where empreinte = ?", Integer.class,
                JetonsApi.empreinte(jeton))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from jeton_api where empreinte = ? or debut = ? or libelle = ?",
                Integer.class, jeton, jeton, jeton)).isZero();
        assertThat(evenements.stream(JetonApiCree.class)).singleElement()
                .satisfies(e -> assertThat(e.auteur()).isEqualTo("agent.autre"));
        assertThat(sortie.getAll()).contains("JetonApiCree par agent.autre").doesNotContain(jeton);

        mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + jeton))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].numero").value(hasItem("2022-C-DEMO-0001")))
                .andExpect(jsonPath("$[*].numero").value(not(hasItem("2024-C-DGAS-DAS-0001"))));
        mvc.perform(get("/compte/jetons").with(user(utilisateurs.loadUserByUsername("agent.autre"))))
                .andExpect(content().string(containsString(jeton.substring(0, 10))))
                .andExpect(content().string(not(containsString(jeton))));

        mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + jeton + "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItem(
                        "Bearer realm=\"Pacte\", error=\"invalid_token\"")))
                .andExpect(jsonPath("$.code").value("JETON_INVALIDE"));
    }

    @Test
    @DisplayName("Jetons d'API — un jeton expiré, révoqué, ou d'un compte désactivé ne passe plus")
    void expiredRevokedOrDisabledTokensAreRefused() throws Exception {
        String expire = creerJeton("agent.prefecture", "expire");
        String revoque = creerJeton("agent.prefecture", "revoque");
        mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + expire)).andExpect(status().isOk());
        jdbc.update("update jeton_api set expire_le = now() - interval '1 second' where empreinte = ?",
                JetonsApi.empreinte(expire));
        mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + expire))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("JETON_INVALIDE"));

        long id = jdbc.queryForObject("select id from jeton_api where empreinte = ?", Long.class,
                JetonsApi.empreinte(revoque));
        mvc.perform(post("/compte/jetons/{id}/revoquer", id).with(csrf())
                        .with(user(utilisateurs.loadUserByUsername("agent.finances"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + revoque)).andExpect(status().isOk());
        mvc.perform(post("/compte/jetons/{id}/revoquer", id).with(csrf())
                        .with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(redirectedUrl("/compte/jetons"));
        assertThat(evenements.stream(JetonApiRevoque.class)).singleElement()
                .satisfies(e -> assertThat(e.jetonId()).isEqualTo(id));
        mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + revoque))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("JETON_INVALIDE"));

        String actif = creerJeton("agent.prefecture", "compte desactive");
        jdbc.update("update utilisateur set actif = false where login = 'agent.prefecture'");
        try {
            mvc.perform(get(CONVENTIONS).header(HttpHeaders.AUTHORIZATION, "Bearer " + actif))
                    .andExpect(status().isUnauthorized());
        } finally {
            jdbc.update("update utilisateur set actif = true where login = 'agent.prefecture'");
        }
    }

    @Test
    @DisplayName("R-SEC-6 — un compte désactivé ne se connecte plus, ni par la page ni par l'API ; sa session ouverte est fermée")
    void aDisabledAccountCannotSignIn() throws Exception {
        long id = jdbc.queryForObject("select id from utilisateur where login = 'agent.deux-sevres'", Long.class);
        Cookie ouverte = mvc.perform(connexion("agent.deux-sevres", "demo", "127.0.0.1"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/conventions").cookie(ouverte)).andExpect(status().isOk());
        mvc.perform(post("/administration/comptes/{id}/desactiver", id).with(csrf())
                        .with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/administration/comptes"));
        // Its open session is closed at once.
        mvc.perform(get("/conventions").cookie(ouverte)).andExpect(redirectedUrl("/connexion"));

        mvc.perform(get(CONVENTIONS).with(httpBasic("agent.deux-sevres", "demo")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.code").value("COMPTE_DESACTIVE"));
        mvc.perform(get(CONVENTIONS).with(httpBasic("agent.deux-sevres", "pas le bon")))
                .andExpect(jsonPath("$.code").value("IDENTIFIANTS_INCORRECTS"));
        MvcResult page = mvc.perform(connexion("agent.deux-sevres", "demo", "127.0.0.1"))
                .andExpect(redirectedUrl("/connexion?error")).andReturn();
        mvc.perform(get("/connexion").param("error", "").cookie(page.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("Ce compte est désactivé")));

        mvc.perform(post("/administration/comptes/{id}/reactiver", id).with(csrf())
                        .with(user(utilisateurs.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/administration/comptes"));
        mvc.perform(get(CONVENTIONS).with(httpBasic("agent.deux-sevres", "demo"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("En-têtes — Content-Security-Policy sans 'unsafe-inline' et Referrer-Policy, pages et API")
    void securityHeadersArePresent() throws Exception {
        for (String url : List.of("/connexion", "/conventions")) {
            mvc.perform(get(url).with(user(utilisateurs.loadUserByUsername("agent.departement"))))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
        mvc.perform(get(CONVENTIONS).with(httpBasic("agent.departement", "demo")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    @DisplayName("Swagger UI — la description OpenAPI se lit avec la session de la page, et toujours en HTTP Basic")
    void openApiIsReadableFromTheBrowserSession() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/referentiel/departements']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.jeton.scheme").value("bearer"));
        mvc.perform(get("/v3/api-docs").with(httpBasic("agent.prefecture", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html").with(user(utilisateurs.loadUserByUsername("agent.prefecture"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY_SWAGGER_UI))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized())
                .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.code").value("NON_AUTHENTIFIE"));
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/connexion"));
    }

    /** The login form as the browser posts it, from a given client address. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder connexion(String login,
            String motDePasse, String adresse) {
        return post("/connexion").param("username", login).param("password", motDePasse).with(csrf())
                .with(depuis(adresse));
    }

    private String creerJeton(String login, String libelle) throws Exception {
        String page = mvc.perform(post("/compte/jetons").param("libelle", libelle).param("jours", "30").with(csrf())
                        .with(user(utilisateurs.loadUserByUsername(login))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("il ne sera plus jamais affiché")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"valeur-jeton\">(pacte_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(m.find()).as("jeton affiché").isTrue();
        return m.group(1);
    }
}
