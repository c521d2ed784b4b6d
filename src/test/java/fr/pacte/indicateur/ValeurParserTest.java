package fr.pacte.indicateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValeurParserTest {

    private static Lecture lire(String brut) {
        return ValeurParser.lire(brut).orElseThrow();
    }

    @DisplayName("R-IND-3 — FX-19 : lecture des nombres typés : entier, décimal, pourcentage, montant, heures")
    @ParameterizedTest(name = "« {0} » → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            52                 | ENTIER       | 52
            1.5                | DECIMAL      | 1.5
            1,5                | DECIMAL      | 1.5
            18 %               | POURCENTAGE  | 18
            18%                | POURCENTAGE  | 18
            41,4 %             | POURCENTAGE  | 41.4
            250 €              | MONTANT      | 250
            68 500 euros       | MONTANT      | 68500
            188 heures         | DUREE_HEURES | 188
            200 h              | DUREE_HEURES | 200
            200h               | DUREE_HEURES | 200
            2640               | ENTIER       | 2640
            2 640              | ENTIER       | 2640
            1 815 650          | ENTIER       | 1815650
            100 000            | ENTIER       | 100000
            0                  | ENTIER       | 0
            0,5                | DECIMAL      | 0.5
            """)
    void readsTypedNumbers(String brut, TypeValeur type, BigDecimal nombre) {
        Lecture lecture = lire(brut);

        assertThat(lecture.valeur().type()).isEqualTo(type);
        assertThat(lecture.valeur().nombre()).isEqualByComparingTo(nombre);
        assertThat(lecture.valeur().qualificatif()).isNull();
        assertThat(lecture.remarques()).isEmpty();
    }

    @DisplayName("R-IND-4 — FX-19 : les codes sont des valeurs, quelle que soit leur graphie")
    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Non connu               | NON_CONNU
            non connu               | NON_CONNU
            N.c                     | NC
            nc                      | NC
            N.C.                    | NC
            Néant                   | NEANT
            neant                   | NEANT
            Nouvelle action         | NOUVELLE_ACTION
            Action nouvelle         | ACTION_NOUVELLE
            Non évaluable           | NON_EVALUABLE
            Non déterminé           | NON_DETERMINE
            Non déterminés          | NON_DETERMINE
            Non déterminé(s)        | NON_DETERMINE
            Non comparable          | NON_COMPARABLE
            Sans objet              | SANS_OBJET
            (action non démarrée)   | ACTION_NON_DEMARREE
            """)
    void readsCodes(String brut, CodeValeur code) {
        Lecture lecture = lire(brut);

        assertThat(lecture.valeur().code()).isEqualTo(code);
        assertThat(lecture.remarques()).isEmpty();
    }

    @DisplayName("R-IND-4 — FX-19 : « - » et « * » deviennent TIRET / ASTERISQUE avec un avertissement")
    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -  | TIRET
            *  | ASTERISQUE
            """)
    void readsDashAndStarAsCodesToClarify(String brut, CodeValeur code) {
        Lecture lecture = lire(brut);

        assertThat(lecture.valeur().code()).isEqualTo(code);
        assertThat(lecture.remarques()).containsExactly(Remarque.CODE_A_PRECISER);
    }

    @Test
    @DisplayName("R-IND-3 — FX-19 : « 55* » : ENTIER 55 avec le renvoi de note de bas de page")
    void readsFootnoteMark() {
        Lecture lecture = lire("55*");

        assertThat(lecture.valeur()).isEqualTo(Valeur.entier(55).avecRenvoi("*"));
        assertThat(lecture.remarques()).containsExactly(Remarque.RENVOI);
    }

    @Test
    @DisplayName("R-IND-3 — FX-19 : « 1 ou 2 » reste un texte, avec un avertissement de fourchette")
    void keepsRangeAsText() {
        Lecture lecture = lire("1 ou 2");

        assertThat(lecture.valeur()).isEqualTo(Valeur.texte("1 ou 2"));
        assertThat(lecture.remarques()).containsExactly(Remarque.FOURCHETTE);
    }

    @Test
    @DisplayName("R-IND-3 — FX-19 : « 400 200 100 » reste un texte, avec l'avertissement « valeur composite »")
    void keepsSeveralFiguresAsText() {
        Lecture lecture = lire("400 200 100");

        assertThat(lecture.valeur()).isEqualTo(Valeur.texte("400 200 100"));
        assertThat(lecture.remarques()).containsExactly(Remarque.COMPOSITE);
    }

    @Test
    @DisplayName("R-IND-3 — FX-19 : « 80% des ARSA orientés » : POURCENTAGE 80 et son qualificatif")
    void readsPercentageWithQualifier() {
        Lecture lecture = lire("80% des ARSA orientés");

        assertThat(lecture.valeur().type()).isEqualTo(TypeValeur.POURCENTAGE);
        assertThat(lecture.valeur().nombre()).isEqualByComparingTo("80");
        assertThat(lecture.valeur().qualificatif()).isEqualTo("des ARSA orientés");
    }

    @Test
    @DisplayName("R-IND-3 — FX-19 : « 100 BRSA sur Poitiers (en entrées et sorties permanentes) » : ENTIER 100 et son qualificatif")
    void readsCountWithQualifier() {
        Lecture lecture = lire("100 BRSA sur Poitiers (en entrées et sorties permanentes)");

        assertThat(lecture.valeur()).isEqualTo(
                Valeur.entier(100).avecQualificatif("BRSA sur Poitiers (en entrées et sorties permanentes)"));
    }

    @DisplayName("R-IND-3 — FX-19 : un texte libre reste un texte")
    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"Réalisation de l'étude", "En fonction de l'étude",
            "Validation du cahier des charges, du territoire expérimental et des acteurs engagés"})
    void keepsFreeText(String brut) {
        Lecture lecture = lire(brut);

        assertThat(lecture.valeur()).isEqualTo(Valeur.texte(brut));
        assertThat(lecture.remarques()).isEmpty();
    }

    @Test
    @DisplayName("R-IND-3 — FX-19 : plusieurs chiffres dans une phrase : texte composite (fiche 8, T0 imprimé)")
    void keepsSentenceWithSeveralFiguresAsText() {
        Lecture lecture = lire("377 dossiers étudiés. 197 ménages contactés 96 ménages accompagnés");

        assertThat(lecture.valeur().estTexte()).isTrue();
        assertThat(lecture.remarques()).containsExactly(Remarque.COMPOSITE);
    }

    @Test
    @DisplayName("R-IND-4 — une case vide n'est pas une valeur (null ≠ 0)")
    void blankIsNotAValue() {
        assertThat(ValeurParser.lire("   ")).isEmpty();
        assertThat(ValeurParser.lire(null)).isEmpty();
        assertThat(lire("0").valeur().nombre()).isZero();
    }

    @Nested
    class ForAKnownIndicatorKind {

        @Test
        @DisplayName("R-IND-3 — « 30 » saisi sur un indicateur en pourcentage vaut 30 %")
        void plainNumberTakesTheIndicatorUnit() {
            Valeur v = ValeurParser.lire("30", TypeValeur.POURCENTAGE).orElseThrow().valeur();

            assertThat(v.type()).isEqualTo(TypeValeur.POURCENTAGE);
            assertThat(v.affichage()).isEqualTo("30\u00A0%");
        }

        @Test
        @DisplayName("R-IND-3 — « 18 % » saisi sur un indicateur de comptage reste un pourcentage (écart d'unité signalé)")
        void numberInAnotherUnitKeepsItsUnit() {
            Valeur v = ValeurParser.lire("18 %", TypeValeur.ENTIER).orElseThrow().valeur();

            assertThat(v.type()).isEqualTo(TypeValeur.POURCENTAGE);
        }

        @Test
        @DisplayName("R-IND-3 — « 200 » sur un indicateur en heures vaut 200 heures ; « 0 » sur un décimal est décimal")
        void hoursAndDecimals() {
            assertThat(ValeurParser.lire("200", TypeValeur.DUREE_HEURES).orElseThrow().valeur().affichage())
                    .isEqualTo("200\u00A0heures");
            assertThat(ValeurParser.lire("0", TypeValeur.DECIMAL).orElseThrow().valeur().type())
                    .isEqualTo(TypeValeur.DECIMAL);
        }
    }

    @Nested
    class RefusedInput {

        @Test
        @DisplayName("R-IND-3 — une valeur négative est refusée avec un message en français")
        void refusesNegativeNumber() {
            assertThatThrownBy(() -> ValeurParser.lire("-5"))
                    .isInstanceOf(ValeurInvalideException.class)
                    .hasMessageContaining("« -5 »")
                    .extracting(e -> ((ValeurInvalideException) e).cle())
                    .isEqualTo("indicateur.valeur.negative");
        }

        @Test
        @DisplayName("R-IND-3 — plus de 4 décimales sont refusées")
        void refusesTooManyDecimals() {
            assertThatThrownBy(() -> ValeurParser.lire("1,123456"))
                    .isInstanceOf(ValeurInvalideException.class)
                    .extracting(e -> ((ValeurInvalideException) e).cle())
                    .isEqualTo("indicateur.valeur.decimales");
        }
    }

    @DisplayName("R-IND-3 — FX-19 : l'affichage se relit en la même valeur (aller-retour)")
    @ParameterizedTest(name = "« {0} »")
    @ValueSource(strings = {"52", "2640", "1,5", "18 %", "41,4 %", "250 €", "250,50 €", "188 heures", "1 heure",
            "55*", "80% des ARSA orientés", "1 locataire « capté »", "Non connu", "N.c", "Nouvelle action",
            "Action nouvelle", "-", "*", "1 ou 2", "400 200 100", "Réalisation de l'étude", "1815650", "0,5"})
    void displayReadsBackToTheSameValue(String brut) {
        Valeur valeur = lire(brut).valeur();

        Valeur relue = lire(valeur.affichage()).valeur();

        assertThat(relue).isEqualTo(valeur);
    }

    @Test
    @DisplayName("R-IND-4 — FX-19 : chaque code se relit depuis son libellé imprimé")
    void everyCodeReadsBackFromItsLabel() {
        assertThat(List.of(CodeValeur.values())).allSatisfy(c ->
                assertThat(ValeurParser.code(c.libelle())).contains(c));
    }
}
