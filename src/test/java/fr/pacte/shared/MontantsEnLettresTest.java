package fr.pacte.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MontantsEnLettresTest {

    @ParameterizedTest(name = "« {0} » = {1}")
    @DisplayName("R-FIN-13 : les montants en lettres des articles se lisent en chiffres")
    @CsvSource(delimiter = '|', value = {
        "deux-cent trente-huit mille deux-cent cinq euros       | 238205.00",
        "deux-cent trente mille euros                            | 230000.00",
        "cent-dix mille quatre cent vingt-huit euros             | 110428.00",
        "cent-six mille euros                                    | 106000.00",
        "quatre-cent quarante-sept mille six-cent huit euros     | 447608.00",
        "cinq cent cinquante-trois mille six cent huit euros     | 553608.00",
        "un million cent trente-deux mille deux cent quarante et un euros | 1132241.00",
        "soixante et onze                                        | 71.00",
        "soixante-dix-sept                                       | 77.00",
        "quatre-vingts euros                                     | 80.00",
        "quatre-vingt-dix-neuf mille                             | 99000.00",
        "deux cents                                              | 200.00",
        "mille huit cent quinze                                  | 1815.00",
        "deux millions d'euros                                   | 2000000.00",
        "vingt et un euros et cinquante centimes                 | 21.50",
        "Trois Cent Trente-Deux Mille Cent Soixante-Quatre Euros Quatre-Vingts | 332164.80",
    })
    void readsFrenchNumerals(String lettres, BigDecimal attendu) {
        assertThat(MontantsEnLettres.parse(lettres)).contains(attendu);
    }

    @ParameterizedTest
    @DisplayName("R-FIN-13 : un texte qui n'est pas un nombre en lettres n'est pas deviné")
    @ValueSource(strings = {"", "euros", "deux-cent trente-huit mille deux-cent cinq dollars", "238 205 euros",
        "vingt cent", "cent euros et cent centimes"})
    void refusesWhatIsNotANumber(String lettres) {
        assertThat(MontantsEnLettres.parse(lettres)).isEmpty();
    }
}
