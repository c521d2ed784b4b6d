package fr.pacte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrecisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e10000000", "1E+999999999999", "1e-10000000", "12345678901234", "0.001", "1e13",
        "9999999999999.999", "abc", "1e", "--1"})
    @DisplayName("R-FIN-14, R-FIN-18 : un montant démesuré ou trop précis est refusé sur son texte, avant toute conversion")
    void refusesOnText(String texte) {
        assertThatThrownBy(() -> Precision.verifier(texte, Precision.MONTANT))
                .isInstanceOf(Precision.NombreHorsLimitesException.class)
                .hasMessageContaining("n’est pas valide : au plus 2 décimales");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9999999999999.99", "1815650.00", "1.5e3", "12.5000", "0000000000000000012", "-0"})
    @DisplayName("R-FIN-18 : jusqu'à 13 chiffres avant la virgule et 2 après (zéros finaux non comptés)")
    void acceptsAmounts(String texte) {
        assertThat(Precision.dansLesBornes(texte, Precision.MONTANT)).isTrue();
    }

    @Test
    @DisplayName("R-FIN-14 : un BigDecimal analysé (1E+10000000) est jugé sur sa précision et son échelle, sans être développé")
    void bigDecimalChecks() {
        assertThatThrownBy(() -> Precision.verifier(new BigDecimal("1e10000000"), Precision.JSON))
                .isInstanceOf(Precision.NombreHorsLimitesException.class).hasMessageContaining("1E+10000000");
        assertThatThrownBy(() -> Precision.montant(new BigDecimal("-1"))).hasMessageContaining("positif");
        assertThatThrownBy(() -> Precision.montant(new BigDecimal("1.005"))).hasMessageContaining("2 décimales");
        assertThat(Precision.montant(new BigDecimal("578633"))).isEqualTo(new BigDecimal("578633.00"));
        assertThat(Precision.montant(new BigDecimal("12.500"))).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    @DisplayName("R-IMP-1 : Montants.parse refuse un texte démesuré sans expression régulière ni BigDecimal")
    void montantsParse() {
        assertThatThrownBy(() -> Montants.parse("9".repeat(100_000))).isInstanceOf(Montants.MontantInvalideException.class);
        assertThatThrownBy(() -> Montants.parse("10 000 000 000 000,00")).isInstanceOf(Montants.MontantInvalideException.class);
        assertThat(Montants.parse("9 999 999 999 999,99 €")).contains(new BigDecimal("9999999999999.99"));
    }
}
