package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.EtpRule.LigneEtp;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EtpRuleTest {

    private static Lieu fiche(String numero) {
        return new Lieu(null, "FT", "Volet 2", numero);
    }

    @Test
    @DisplayName("R-FIN-9 : FX-13, FA16 2 × 50 000 = 100 000 ; FA17, FA20 1 × 50 000 ; FA18 30 000 €/ETP sur 6 mois")
    void fx13() {
        List<LigneEtp> lignes = List.of(
                LigneEtp.annuelle(fiche("16"), "Conseillers en insertion professionnelle", new BigDecimal("2"),
                        e("50000"), 12, e("100000")),
                LigneEtp.annuelle(fiche("17"), "Conseiller en insertion professionnelle", BigDecimal.ONE, e("50000"),
                        12, e("50000")),
                LigneEtp.annuelle(fiche("20"), "Travailleur social", BigDecimal.ONE, e("50000"), 12, e("50000")),
                new LigneEtp(fiche("18"), "Référent unique BPI", BigDecimal.ONE, e("30000"), 6, 6, e("30000")),
                LigneEtp.annuelle(fiche("18"), "Référent unique BPI", BigDecimal.ONE, e("60000"), 6, e("30000")));

        assertThat(new EtpRule().verifier(lignes)).isEmpty();
        assertThat(EtpRule.montantCalcule(lignes.get(4))).isEqualTo(e("30000"));
    }

    @Test
    @DisplayName("R-FIN-9 : un montant différent de ETP × coût × mois / 12 est un avertissement ETP")
    void differentAmount() {
        LigneEtp ligne = LigneEtp.annuelle(fiche("3"), "Éducateur de prévention", new BigDecimal("0.5"), e("48732"),
                12, e("24000"));

        assertThat(new EtpRule().verifier(ligne)).hasValueSatisfying(c -> {
            assertThat(c.code()).isEqualTo("ETP");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.calcule()).isEqualTo(e("24366"));
            assertThat(c.ecart()).isEqualTo(e("-366"));
            assertThat(c.message()).contains("0,5 ETP × 48 732,00 € × 12 mois / 12 mois");
        });
    }
}
