package fr.pacte.indicateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValeurTest {

    @DisplayName("R-IND-3 — affichage d'une valeur comme l'utilisateur l'imprimerait")
    @ParameterizedTest(name = "{0} {1} → « {2} »")
    @CsvSource(delimiter = '|', textBlock = """
            ENTIER       | 52       | 52
            ENTIER       | 2640     | 2\u202F640
            DECIMAL      | 1.5000   | 1,5
            POURCENTAGE  | 18       | 18\u00A0%
            POURCENTAGE  | 41.4     | 41,4\u00A0%
            MONTANT      | 250      | 250\u00A0€
            MONTANT      | 250.5    | 250,50\u00A0€
            DUREE_HEURES | 188      | 188\u00A0heures
            DUREE_HEURES | 1        | 1\u00A0heure
            """)
    void printsNumbersWithTheirUnit(TypeValeur type, BigDecimal nombre, String attendu) {
        assertThat(Valeur.nombre(type, nombre).affichage()).isEqualTo(attendu);
    }

    @Test
    @DisplayName("R-IND-4 — les codes s'impriment comme dans les sources")
    void printsCodesAsInTheSources() {
        assertThat(Valeur.code(CodeValeur.NON_CONNU).affichage()).isEqualTo("Non connu");
        assertThat(Valeur.code(CodeValeur.NOUVELLE_ACTION).affichage()).isEqualTo("Nouvelle action");
        assertThat(Valeur.code(CodeValeur.TIRET).affichage()).isEqualTo("-");
        assertThat(Valeur.texte("Réalisation de l'étude").affichage()).isEqualTo("Réalisation de l'étude");
    }

    @Test
    @DisplayName("R-IND-3 — renvoi et qualificatif s'impriment après le nombre")
    void printsFootnoteAndQualifier() {
        assertThat(Valeur.entier(55).avecRenvoi("*").affichage()).isEqualTo("55*");
        assertThat(Valeur.nombre(TypeValeur.POURCENTAGE, "80").avecQualificatif("des ARSA orientés").affichage())
                .isEqualTo("80\u00A0% des ARSA orientés");
    }

    @Test
    @DisplayName("R-IND-3 — une valeur porte exactement un nombre, un code ou un texte")
    void holdsExactlyOneOfNumberCodeText() {
        assertThatThrownBy(() -> new Valeur(TypeValeur.ENTIER, BigDecimal.ONE, CodeValeur.NC, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Valeur(null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Valeur.nombre(TypeValeur.TEXTE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-IND-1 — comparaison : même nombre même unité, codes de même sens, textes à la casse près")
    void comparesValuesAcrossAnnexes() {
        assertThat(Valeur.entier(320).memeValeurQue(Valeur.nombre(TypeValeur.DECIMAL, "320.0"))).isTrue();
        assertThat(Valeur.entier(259).memeValeurQue(Valeur.entier(320))).isFalse();
        assertThat(Valeur.entier(18).memeValeurQue(Valeur.nombre(TypeValeur.POURCENTAGE, "18"))).isFalse();
        assertThat(Valeur.code(CodeValeur.ACTION_NOUVELLE).memeValeurQue(Valeur.code(CodeValeur.NOUVELLE_ACTION)))
                .isTrue();
        assertThat(Valeur.code(CodeValeur.TIRET).memeValeurQue(Valeur.code(CodeValeur.ASTERISQUE))).isFalse();
        assertThat(Valeur.texte("Réalisation de l'étude").memeValeurQue(Valeur.texte("réalisation de l'etude")))
                .isTrue();
        assertThat(Valeur.entier(1).avecQualificatif("locataire « capté »").memeValeurQue(Valeur.entier(1))).isTrue();
    }
}
