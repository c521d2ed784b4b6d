package fr.pacte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MontantsTest {

    @ParameterizedTest(name = "« {0} » se lit {1}")
    @DisplayName("R-IMP-1 : les montants écrits comme dans les annexes sont lus au centime")
    @CsvSource(delimiter = '|', value = {
        "93 507,00 €        | 93507.00",
        "93 507 €           | 93507.00",
        "93507              | 93507.00",
        "93 507             | 93507.00",
        "93.507,00          | 93507.00",
        "229.247 €          | 229247.00",
        "1 815 650,00 €     | 1815650.00",
        "1\u00A0815\u00A0650,00\u00A0€ | 1815650.00",
        "1\u202F815\u202F650,00\u00A0€ | 1815650.00",
        "0 €                | 0.00",
        "0,00 €             | 0.00",
        "-                  | 0.00",
        "- €                | 0.00",
        "11 000 euros       | 11000.00",
        "332 164,8          | 332164.80",
        "332164.80          | 332164.80",
        "25 428,00€         | 25428.00",
        "  50 000,00 €      | 50000.00",
    })
    void readsTheWaysPeopleWriteAmounts(String texte, BigDecimal attendu) {
        assertThat(Montants.parse(texte)).contains(attendu);
    }

    @ParameterizedTest(name = "« {0} » est refusé")
    @DisplayName("R-IMP-1 : un montant mal formé est une erreur, jamais une supposition")
    @ValueSource(strings = {"110 00 €", "1 10 000", "1000 000", "93,507", "93 507,000", "12,5,0", "abc",
        "cent euros", "1 815 650,00 € €", "-500", "93 507.00,00", "1,815,650.00", "10 000 000 000 000", "€", "12 %",
        "20 K€"})
    void refusesMalformedAmounts(String texte) {
        assertThatThrownBy(() -> Montants.parse(texte))
                .isInstanceOf(Montants.MontantInvalideException.class)
                .hasMessageContaining(texte);
    }

    @Test
    @DisplayName("R-IMP-1 : une cellule vide n'est pas un montant")
    void blankIsEmpty() {
        assertThat(Montants.parse("  ")).isEmpty();
        assertThat(Montants.parse(null)).isEmpty();
    }

    @Test
    @DisplayName("R-FIN-14 : les montants sont affichés au centime avec une espace fine")
    void formatsWithNarrowNoBreakSpace() {
        assertThat(Montants.format(new BigDecimal("1815650"))).isEqualTo("1\u202F815\u202F650,00\u00A0€");
        assertThat(Montants.format(new BigDecimal("-6"))).isEqualTo("-6,00\u00A0€");
        assertThat(Montants.pourcentage(new BigDecimal("46.59"))).isEqualTo("46,59\u00A0%");
    }

    @Test
    @DisplayName("R-IMP-1 : ce qui est affiché se relit à l'identique")
    void formattedAmountsReadBack() {
        for (String montant : new String[] {"0.01", "93507.00", "1815650.00", "999999999.99"}) {
            BigDecimal valeur = new BigDecimal(montant);
            assertThat(Montants.parse(Montants.format(valeur))).contains(valeur);
        }
    }
}
