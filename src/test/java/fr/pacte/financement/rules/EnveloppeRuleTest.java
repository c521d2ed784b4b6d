package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnveloppeRuleTest {

    private final EnveloppeRule regle = new EnveloppeRule();

    @Test
    @DisplayName("R-FIN-4 : FX-4, 238 205 + 230 000 + 110 428 = 578 633 et 106 000 + 447 608 = 553 608")
    void fx4EnvelopesAddUp() {
        assertThat(regle.verifier(new EnveloppeRule.Enveloppe(Lieu.NULLE_PART, "du champ SOL (2024)", e("578633"),
                e("238205").add(e("230000")).add(e("110428")), true))).isEmpty();
        assertThat(regle.verifier(new EnveloppeRule.Enveloppe(Lieu.NULLE_PART, "du champ FT (2024)", e("553608"),
                e("106000").add(e("447608")), true))).isEmpty();
        assertThat(e("578633").add(e("553608"))).isEqualTo(e("1132241"));
    }

    @Test
    @DisplayName("R-FIN-4 : FX-2, Σ État 558 633 ≠ enveloppe 578 633 : ENVELOPPE écart 20 000")
    void fx2EnvelopeGap() {
        assertThat(regle.verifier(new EnveloppeRule.Enveloppe(Lieu.NULLE_PART, null, e("578633"), e("558633"), false)))
                .hasValueSatisfying(c -> {
                    assertThat(c.code()).isEqualTo("ENVELOPPE");
                    assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
                    assertThat(c.colonne()).isEqualTo("etat");
                    assertThat(c.ligne()).isNull();
                    assertThat(c.declare()).isEqualTo(e("578633"));
                    assertThat(c.calcule()).isEqualTo(e("558633"));
                    assertThat(c.ecart()).isEqualTo(e("20000"));
                    assertThat(c.message()).isEqualTo("Enveloppe de l'État : 578 633,00 € inscrits dans la "
                            + "convention, 558 633,00 € calculés (écart 20 000,00 €).");
                });
    }
}
