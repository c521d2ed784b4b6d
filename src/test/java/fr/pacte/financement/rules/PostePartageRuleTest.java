package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.PostePartageRule.Poste;
import fr.pacte.financement.rules.PostePartageRule.QuotePart;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PostePartageRuleTest {

    @Test
    @DisplayName("R-FIN-10 : FX-14, FA15 20 000 + FA22 50 000 = 70 000 > 50 000 pour un poste : avertissement écart 20 000")
    void fx14() {
        Poste poste = new Poste("Chargé de requêtage du système d'information", BigDecimal.ONE, e("50000"),
                List.of(new QuotePart("FA15", e("20000"), null), new QuotePart("FA22", e("50000"), null)));

        assertThat(new PostePartageRule().verifier(poste)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("POSTE_PARTAGE");
            assertThat(c.regle()).isEqualTo("R-FIN-10");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.declare()).isEqualTo(e("70000"));
            assertThat(c.calcule()).isEqualTo(e("50000"));
            assertThat(c.ecart()).isEqualTo(e("20000"));
            assertThat(c.message()).contains("FA15, FA22").contains("deux postes");
        });
    }

    @Test
    @DisplayName("R-FIN-10 : des quotes-parts dans le coût et l'ETP du poste ne donnent rien ; plus d'1 ETP, si")
    void withinCost() {
        Poste poste = new Poste("Agent", BigDecimal.ONE, e("50000"), List.of(
                new QuotePart("FA15", e("20000"), new BigDecimal("0.4")),
                new QuotePart("FA22", e("30000"), new BigDecimal("0.6"))));
        Poste tropEtp = new Poste("Agent", BigDecimal.ONE, e("50000"), List.of(
                new QuotePart("FA15", e("20000"), new BigDecimal("0.6")),
                new QuotePart("FA22", e("30000"), new BigDecimal("0.6"))));

        assertThat(new PostePartageRule().verifier(poste)).isEmpty();
        assertThat(new PostePartageRule().verifier(tropEtp)).singleElement()
                .satisfies(c -> assertThat(c.declare()).isEqualByComparingTo("1.2"));
    }
}
