package fr.pacte.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fiche 1 table of DOMAIN.md §9.12 (000a L537–L543), read as printed. */
class Fiche1Test {

    static Stream<Arguments> tableauFiche1() {
        return Stream.of(
                Arguments.of("Nombre d'enfants accompagnés", TypeValeur.ENTIER, List.of("52", "60", "70", "70", "70")),
                Arguments.of("Nombre de familles accompagnées", TypeValeur.ENTIER, List.of("45", "50", "60", "60", "60")),
                Arguments.of("Pourcentage de familles monoparentales", TypeValeur.POURCENTAGE,
                        List.of("18 %", "30 %", "30 %", "30 %", "30 %")),
                Arguments.of("Pourcentage de familles avec parents séparés", TypeValeur.POURCENTAGE,
                        List.of("42 %", "30 %", "30 %", "30 %", "30 %")),
                Arguments.of("Pourcentage de familles sans emploi", TypeValeur.POURCENTAGE,
                        List.of("73 %", "75 %", "75 %", "75 %", "75 %")),
                Arguments.of("Nombre de familles bénéficiant d'une mesure éducative", TypeValeur.ENTIER,
                        List.of("12", "10", "10", "10", "10")));
    }

    @DisplayName("R-IND-3 — tableau de la fiche 1 : T0 et cibles 2024-2027 typés et réimprimés à l'identique")
    @ParameterizedTest(name = "{0}")
    @MethodSource("tableauFiche1")
    void readsFiche1TableAsPrinted(String indicateur, TypeValeur type, List<String> imprime) {
        List<Valeur> valeurs = imprime.stream()
                .map(t -> ValeurParser.lire(t, type).orElseThrow().valeur())
                .toList();

        assertThat(valeurs).allSatisfy(v -> assertThat(v.type()).isEqualTo(type));
        assertThat(valeurs).extracting(Valeur::affichage)
                .containsExactlyElementsOf(imprime.stream().map(t -> t.replace(" %", "\u00A0%")).toList());
    }
}
