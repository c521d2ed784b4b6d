package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class TentativesDeConnexionTest {

    private Instant maintenant = Instant.parse("2026-03-31T08:00:00Z");

    private final TentativesDeConnexion tentatives = new TentativesDeConnexion(new Clock() {
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
            return maintenant;
        }
    });

    private void echouer(String login) {
        tentatives.echec(new AuthenticationFailureBadCredentialsEvent(new TestingAuthenticationToken(login, "x"),
                new BadCredentialsException("mauvais")));
    }

    @Test
    @DisplayName("R-SEC-11 — cinq mots de passe faux bloquent le compte 15 minutes, pas quatre")
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            echouer("agent.departement");
        }
        assertThat(tentatives.bloque("agent.departement")).isFalse();
        echouer("Agent.Departement");
        assertThat(tentatives.bloque("agent.departement")).isTrue();
        assertThat(tentatives.bloque("agent.prefecture")).isFalse();

        maintenant = maintenant.plus(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(tentatives.bloque("agent.departement")).isFalse();
    }

    @Test
    @DisplayName("R-SEC-11 — une connexion réussie remet le compteur à zéro")
    void successClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            echouer("agent.finances");
        }
        tentatives.succes(new AuthenticationSuccessEvent(new TestingAuthenticationToken("agent.finances", "demo")));
        echouer("agent.finances");
        assertThat(tentatives.bloque("agent.finances")).isFalse();
    }
}
