package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FreinageTest {

    @Test
    @DisplayName("R-SEC-11 — cinq mots de passe faux depuis une adresse suspendent ce compte depuis elle, pas quatre")
    void fiveFailuresSuspendTheAccountFromThatAddress() {
        assertThat(Freinage.COMPTE.blocage(4)).isEmpty();
        assertThat(Freinage.COMPTE.blocage(5)).contains(Duration.ofMinutes(1));
    }

    @Test
    @DisplayName("R-SEC-11 — le délai double à chaque nouvel échec : 1, 2, 4, 8 minutes, puis 15 au plus")
    void theDelayDoublesUpToFifteenMinutes() {
        assertThat(Freinage.COMPTE.blocage(6)).contains(Duration.ofMinutes(2));
        assertThat(Freinage.COMPTE.blocage(7)).contains(Duration.ofMinutes(4));
        assertThat(Freinage.COMPTE.blocage(8)).contains(Duration.ofMinutes(8));
        assertThat(Freinage.COMPTE.blocage(9)).contains(Duration.ofMinutes(15));
        assertThat(Freinage.COMPTE.blocage(500)).contains(Duration.ofMinutes(15));
    }

    @Test
    @DisplayName("R-SEC-11 — une adresse qui essaie beaucoup de comptes est freinée à 30 échecs, une heure au plus")
    void anAddressTryingManyAccountsIsSlowedDown() {
        assertThat(Freinage.ADRESSE.blocage(29)).isEmpty();
        assertThat(Freinage.ADRESSE.blocage(30)).contains(Duration.ofMinutes(1));
        assertThat(Freinage.ADRESSE.blocage(40)).contains(Duration.ofHours(1));
        assertThat(Freinage.ADRESSE.oubli()).isEqualTo(Duration.ofHours(1));
        assertThat(Freinage.COMPTE.oubli()).isEqualTo(Duration.ofHours(24));
    }
}
