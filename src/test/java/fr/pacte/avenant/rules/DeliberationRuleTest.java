package fr.pacte.avenant.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.avenant.DocumentAvenant.Deliberation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeliberationRuleTest {

    private static Deliberation fx23(int pour, Integer presents, Integer nePrennentPasPart) {
        return new Deliberation("CONSEIL_DEPARTEMENTAL", "12", LocalDate.of(2024, 3, 29), pour, 0, 3, presents, 3,
                nePrennentPasPart, LocalDate.of(2024, 4, 12), "086-228600011-20240329-000000000008967-DE",
                LocalDate.of(2024, 4, 12));
    }

    @Test
    @DisplayName("R-ADM-4 — FX-23 : 33 pour + 0 contre + 3 abstentions = 33 présents + 3 représentés : complète")
    void fx23Balances() {
        assertThat(new DeliberationRule().verifier(fx23(33, 33, null))).isEmpty();
    }

    @Test
    @DisplayName("R-ADM-4 — 34 pour avec 33 présents et 3 représentés : les votes ne s'équilibrent pas (37 ≠ 36)")
    void votesThatDoNotBalance() {
        assertThat(new DeliberationRule().verifier(fx23(34, 33, null)))
                .singleElement().asString().contains("ne s'équilibrent pas", "37 votants", "= 36");
    }

    @Test
    @DisplayName("R-ADM-4 — deux élus qui ne prennent pas part au vote sortent du compte : 31 + 0 + 3 = 33 + 3 − 2")
    void nonParticipantsAreExcluded() {
        assertThat(new DeliberationRule().verifier(fx23(31, 33, 2))).isEmpty();
    }

    @Test
    @DisplayName("R-ADM-3 — sans organe, séance ni votes, la délibération est incomplète")
    void incomplete() {
        assertThat(new DeliberationRule().verifier(new Deliberation(null, null, null, null, null, null, null, null,
                null, null, null, null))).hasSize(3);
        assertThat(new DeliberationRule().verifier(null)).singleElement().asString().contains("pas renseignée");
    }

    @Test
    @DisplayName("R-DATE-6 — la signature ne précède pas la séance, n'est pas future, et suit la version en vigueur")
    void signatureDate() {
        SignatureRule regle = new SignatureRule();
        LocalDate aujourdhui = LocalDate.of(2025, 6, 1);
        assertThat(regle.verifier(fx23(33, 33, null), LocalDate.of(2024, 5, 2), aujourdhui, null)).isEmpty();
        assertThat(regle.verifier(fx23(33, 33, null), LocalDate.of(2024, 3, 28), aujourdhui, null))
                .singleElement().asString().contains("28/03/2024", "29/03/2024");
        assertThat(regle.verifier(fx23(33, 33, null), LocalDate.of(2025, 7, 1), aujourdhui, null))
                .singleElement().asString().contains("futur");
        assertThat(regle.verifier(fx23(33, 33, null), LocalDate.of(2024, 5, 2), aujourdhui, LocalDate.of(2024, 6, 1)))
                .singleElement().asString().contains("01/06/2024");
        assertThat(regle.verifier(fx23(33, 33, null), null, aujourdhui, null)).singleElement().asString()
                .contains("date de la dernière signature");
    }
}
