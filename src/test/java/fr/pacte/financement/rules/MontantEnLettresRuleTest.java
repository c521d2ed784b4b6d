package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.financement.rules.MontantEnLettresRule.MontantEcrit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MontantEnLettresRuleTest {

    private final MontantEnLettresRule regle = new MontantEnLettresRule();

    @Test
    @DisplayName("R-FIN-13 : FX-4, les cinq montants en lettres des articles égalent leurs chiffres")
    void fx4() {
        List<MontantEcrit> montants = List.of(
                new MontantEcrit(Lieu.NULLE_PART, "de l'axe 1", e("238205"), "deux-cent trente-huit mille deux-cent cinq euros"),
                new MontantEcrit(Lieu.NULLE_PART, "de l'axe 2", e("230000"), "deux-cent trente mille euros"),
                new MontantEcrit(Lieu.NULLE_PART, "de l'axe 3", e("110428"), "cent-dix mille quatre cent vingt-huit euros"),
                new MontantEcrit(Lieu.NULLE_PART, "du volet 1", e("106000"), "cent-six mille euros"),
                new MontantEcrit(Lieu.NULLE_PART, "du volet 2", e("447608"),
                        "quatre-cent quarante-sept mille six-cent huit euros"));

        assertThat(regle.verifier(montants)).isEmpty();
    }

    @Test
    @DisplayName("R-FIN-13 : des lettres qui disent un autre montant, ou illisibles, donnent un avertissement")
    void mismatch() {
        assertThat(regle.verifier(new MontantEcrit(Lieu.NULLE_PART, "de l'axe 3", e("110428"),
                "cent-dix mille quatre cent vingt euros"))).hasValueSatisfying(c -> {
                    assertThat(c.code()).isEqualTo("MONTANT_EN_LETTRES");
                    assertThat(c.declare()).isEqualTo(e("110420"));
                    assertThat(c.ecart()).isEqualTo(e("-8"));
                });
        assertThat(regle.verifier(new MontantEcrit(Lieu.NULLE_PART, "de l'axe 3", e("110428"), "cent dix K€")))
                .hasValueSatisfying(c -> assertThat(c.declare()).isNull());
    }
}
