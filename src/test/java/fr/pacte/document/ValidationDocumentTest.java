package fr.pacte.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The structural checks of a convention document (contracts/convention.md), without a database. */
class ValidationDocumentTest {

    private static DocumentConvention avec(DocumentConvention.Deliberation deliberation,
            DocumentConvention.Signature signature) {
        DocumentConvention d = ClasseurConvention.exemple();
        return new DocumentConvention(d.numero(), d.numeroEtat(), d.intitule(), d.type(), d.departement(), d.debut(),
                d.fin(), d.parties(), deliberation, signature, d.champs(), d.fiches(), d.montantsConventionnels(),
                d.lignes(), d.declares(), d.indicateurs(), d.aliases());
    }

    private static DocumentConvention.Deliberation votes(int pour, int contre, int abstentions, int presents,
            int representes, Integer nePrennentPasPart) {
        return new DocumentConvention.Deliberation("CONSEIL_DEPARTEMENTAL", "12", "2024-03-29", pour, contre,
                abstentions, presents, representes, nePrennentPasPart, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    @DisplayName("R-ADM-4 — FX-23 : 33 pour + 0 contre + 3 abstentions = 33 présents + 3 représentés ; un vote déséquilibré est une erreur de structure")
    void voteBalance() {
        assertThat(ValidationDocument.verifier(avec(votes(33, 0, 3, 33, 3, null), null))).isEmpty();
        assertThat(ValidationDocument.verifier(avec(votes(33, 0, 3, 35, 3, 2), null))).isEmpty();
        List<ValidationDocument.Erreur> erreurs = ValidationDocument.verifier(avec(votes(33, 0, 3, 34, 3, null), null));
        assertThat(erreurs).singleElement().satisfies(e -> {
            assertThat(e.chemin()).isEqualTo("deliberation");
            assertThat(e.message()).contains("33", "36", "37");
        });
    }

    @Test
    @DisplayName("R-DATE-7 — une signature ne précède pas la séance ; une date de signature inconnue (null) est acceptée, jamais inventée")
    void signatureAfterTheSeance() {
        assertThat(ValidationDocument.verifier(avec(votes(33, 0, 3, 33, 3, null),
                new DocumentConvention.Signature("2024-03-01")))).extracting(ValidationDocument.Erreur::chemin)
                .containsExactly("signature.date");
        assertThat(ValidationDocument.verifier(avec(votes(33, 0, 3, 33, 3, null), new DocumentConvention.Signature(null))))
                .isEmpty();
    }

    @Test
    @DisplayName("R-DATE-2 — un champ du 01/07/2019 au 30/06/2022 à exercices juillet–juin couvre 2019, 2020 et 2021, pas 2022 ; son T0 est 2018")
    void julyExercices() {
        ValidationDocument.ChampConnu champ = new ValidationDocument.ChampConnu("CALPAE",
                java.time.LocalDate.of(2019, 7, 1), java.time.LocalDate.of(2022, 6, 30), java.time.MonthDay.of(7, 1),
                java.util.Set.of());
        assertThat(champ.couvre(2019)).isTrue();
        assertThat(champ.couvre(2021)).isTrue();
        assertThat(champ.couvre(2022)).isFalse();
        assertThat(champ.couvre(2018)).isFalse();
        assertThat(champ.anneeT0()).isEqualTo(2018);
    }
}
