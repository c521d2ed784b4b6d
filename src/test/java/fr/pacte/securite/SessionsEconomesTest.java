package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class SessionsEconomesTest {

    @Test
    @DisplayName("Le dernier accès d'une session ne bouge (et ne s'écrit) que d'une minute au moins ; "
            + "le reste passe tel quel")
    void theLastAccessMovesByAMinuteAtLeast() {
        Instant t0 = Instant.now();
        MapSession jdbc = new MapSession();
        jdbc.setLastAccessedTime(t0);
        jdbc.setMaxInactiveInterval(Duration.ofMinutes(30));
        SessionsEconomes.SessionEconome session = new SessionsEconomes.SessionEconome(jdbc);

        session.setLastAccessedTime(t0.plusSeconds(59));
        assertThat(jdbc.getLastAccessedTime()).isEqualTo(t0);
        session.setLastAccessedTime(t0.plusSeconds(60));
        assertThat(jdbc.getLastAccessedTime()).isEqualTo(t0.plusSeconds(60));

        session.setAttribute("jeton", "AAA");
        assertThat(jdbc.<String>getAttribute("jeton")).isEqualTo("AAA");
        assertThat(session.getId()).isEqualTo(jdbc.getId());
        // a session of 30 minutes ends at worst a minute early
        assertThat(session.isExpired()).isFalse();
        assertThat(SessionsEconomes.PAS_DU_DERNIER_ACCES).isEqualTo(Duration.ofMinutes(1));
    }
}
