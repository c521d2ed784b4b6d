package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.EcheancierRule.Echeance;
import fr.pacte.financement.rules.EcheancierRule.Versement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EcheancierRuleTest {

    private final EcheancierRule regle = new EcheancierRule();

    @Test
    @DisplayName("R-PAY-1 : FX-9, acompte 60 % de 553 608 = 332 164,80 €, solde 221 443,20 €")
    void fx9() {
        List<Versement> versements = regle.calculer(e("553608"),
                List.of(new Echeance("Acompte", new BigDecimal("60"), null), Echeance.solde("Solde")));

        assertThat(versements).extracting(Versement::montant).containsExactly(e("332164.80"), e("221443.20"));
        assertThat(versements.get(1).pourcentage()).isEqualByComparingTo("40");
    }

    @Test
    @DisplayName("R-FIN-14 : FX-9, « 332 165 € » imprimé pour 332 164,80 € : avertissement ARRONDI écart 0,20 €")
    void fx9PrintedRounding() {
        List<Constat> constats = regle.verifier(Lieu.NULLE_PART, "du champ FT (2024)", e("553608"),
                List.of(new Echeance("Acompte", new BigDecimal("60"), e("332165")), Echeance.solde("Solde")));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("ARRONDI");
            assertThat(c.regle()).isEqualTo("R-FIN-14");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.ecart()).isEqualTo(e("0.20"));
            assertThat(c.message()).isEqualTo("Acompte du champ FT (2024) : 332 165,00 € écrits, "
                    + "332 164,80 € calculés au centime (écart 0,20 €).");
        });
    }

    @Test
    @DisplayName("R-PAY-1 : des pourcentages qui ne font pas 100 % sont une erreur ECHEANCIER")
    void percentagesMustAddUp() {
        assertThat(regle.verifier(Lieu.NULLE_PART, "du champ SOL (2024)", e("578633"),
                List.of(new Echeance("Versement unique", new BigDecimal("100"), null)))).isEmpty();
        assertThat(regle.verifier(Lieu.NULLE_PART, "du champ FT (2024)", e("553608"),
                List.of(new Echeance("Acompte", new BigDecimal("60"), null),
                        new Echeance("Complément", new BigDecimal("30"), null))))
                .singleElement().satisfies(c -> {
                    assertThat(c.code()).isEqualTo("ECHEANCIER");
                    assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
                    assertThat(c.declare()).isEqualByComparingTo("90");
                });
    }

    @Test
    @DisplayName("R-PAY-1 : pour tout montant et tout taux, acompte + solde = montant au centime (seed 20241124)")
    void instalmentsAlwaysAddUp() {
        Random hasard = new Random(20241124L);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal montant = BigDecimal.valueOf(hasard.nextInt(100_000_000), 2);
            BigDecimal taux = BigDecimal.valueOf(hasard.nextInt(10_001), 2);
            List<Versement> versements = regle.calculer(montant,
                    List.of(new Echeance("Acompte", taux, null), Echeance.solde("Solde")));
            assertThat(versements.get(0).montant().add(versements.get(1).montant())).isEqualTo(montant.setScale(2));
            assertThat(versements.get(0).montant().scale()).isEqualTo(2);
        }
    }
}
