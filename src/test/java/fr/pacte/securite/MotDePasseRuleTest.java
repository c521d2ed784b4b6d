package fr.pacte.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MotDePasseRuleTest {

    private static List<String> codes(String motDePasse) {
        return MotDePasseRule.verifier("nouveau", motDePasse, "agent.deux-sevres", "Agent des Deux-Sèvres (démo)")
                .stream().map(Refus::code).toList();
    }

    @Test
    @DisplayName("R-SEC-11 — une phrase de 12 caractères sans le nom du compte est acceptée")
    void aLongPassphraseWithoutTheNameIsAccepted() {
        assertThat(codes("Le marais poitevin au printemps")).isEmpty();
        assertThat(codes("Niort1234567")).isEmpty();
    }

    @Nested
    class Refuse {

        @ParameterizedTest
        @ValueSource(strings = {"", "court", "onze-caract"})
        @DisplayName("R-SEC-11 — moins de 12 caractères : motDePasse.court")
        void underTwelveCharacters(String motDePasse) {
            assertThat(codes(motDePasse)).containsExactly("motDePasse.court");
        }

        @Test
        @DisplayName("R-SEC-11 — l'identifiant dans le mot de passe, casse et séparateurs à part : motDePasse.identifiant")
        void theLogin() {
            assertThat(codes("AGENT.DEUX-SEVRES-2026")).containsExactly("motDePasse.identifiant");
            assertThat(codes("agentdeuxsevres!")).containsExactly("motDePasse.identifiant");
        }

        @Test
        @DisplayName("R-SEC-11 — un mot du nom du compte, accents à part : motDePasse.nom, avec le mot")
        void aWordOfTheName() {
            List<Refus> refus = MotDePasseRule.verifier("nouveau", "J'habite les Deux-Sevres", "agent.deux-sevres",
                    "Agent des Deux-Sèvres (démo)");
            assertThat(refus).extracting(Refus::code).containsExactly("motDePasse.nom");
            assertThat(refus.get(0).arguments()).containsExactly("deux");
            assertThat(codes("sèvres et marais")).containsExactly("motDePasse.nom");
        }

        @Test
        @DisplayName("R-SEC-11 — plus de 72 octets (ce que lit bcrypt) : motDePasse.long")
        void overSeventyTwoBytes() {
            assertThat(codes("é".repeat(37))).containsExactly("motDePasse.long");
        }
    }
}
