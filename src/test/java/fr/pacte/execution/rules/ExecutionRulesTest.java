package fr.pacte.execution.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.execution.BilanFinancier;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExecutionRulesTest {

    private static final BigDecimal SEUIL = BigDecimal.valueOf(80);

    private static ExecutionFiche fiche(String numero, String prevu, String execute, String etatPrevu,
            String etatExecute, boolean justifiee) {
        return new ExecutionFiche("SOL", 1L, numero, "intitulé", 2024, Montants.of(prevu), Montants.of(execute),
                Montants.of(etatPrevu), Montants.of(etatExecute), SEUIL, justifiee);
    }

    @Test
    @DisplayName("R-PAY-7 — fiche 12 exécutée à 12 000 / 30 000 = 40,00 % < 80 % : SOUS_CONSOMMATION ; justifiée "
            + "(montée en charge, premiers élèves en septembre 2024) : silencieuse ; 80,00 % passe")
    void sousConsommation() {
        List<Constat> c = new SousConsommationRule().verifier(List.of(fiche("12", "30000", "12000", "15000", "6000",
                false)));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SOUS_CONSOMMATION");
            assertThat(x.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(x.declare()).isEqualByComparingTo("40.00");
            assertThat(x.calcule()).isEqualByComparingTo("80.00");
        });
        assertThat(new SousConsommationRule().verifier(List.of(fiche("12", "30000", "12000", "15000", "6000", true))))
                .isEmpty();
        assertThat(new SousConsommationRule().verifier(List.of(fiche("12", "30000", "24000", "15000", "12000",
                false)))).isEmpty();
    }

    @Test
    @DisplayName("R-PAY-7 — taux au-dessus de 100 % : SUR_EXECUTION (INFO) ; exécuté sans prévu : EXECUTION_SANS_PREVU")
    void surExecutionEtSansPrevu() {
        assertThat(new SurExecutionRule().verifier(List.of(fiche("11", "60000", "65000", "30000", "35000", false))))
                .singleElement().satisfies(x -> assertThat(x.declare()).isEqualByComparingTo("108.33"));
        assertThat(new ExecutionSansPrevuRule().verifier(List.of(fiche("13", "0", "1000", "0", "1000", false))))
                .singleElement().satisfies(x -> assertThat(x.code()).isEqualTo("EXECUTION_SANS_PREVU"));
    }

    @Test
    @DisplayName("R-PAY-12 — fiche 14 non exécutée en 2024 : 20 000 € État proposés à due concurrence")
    void reduction() {
        List<BilanFinancier.Reduction> r = new ReductionRule().proposer(List.of(fiche("14", "40000", "0", "20000", "0",
                false)));
        assertThat(r).singleElement().satisfies(x -> assertThat(x.montant()).isEqualByComparingTo("20000.00"));
    }

    @Test
    @DisplayName("R-PAY-8 — un report de 25 000 € de 2024 alors que 20 000 € seulement n'ont pas été exécutés : "
            + "REPORT_EXCESSIF (ERREUR) ; 20 000 € passent")
    void reportExcessif() {
        ReportExcessifRule.Lieu lieu = new ReportExcessifRule.Lieu("SOL", null, "ETAT", 2024);
        Map<ReportExcessifRule.Lieu, BigDecimal> nonConsomme = Map.of(lieu, Montants.of("20000"));
        assertThat(new ReportExcessifRule().verifier(List.of(new ReportExcessifRule.Report("SOL", null, null, "ETAT",
                2024, 2025, Montants.of("25000"))), nonConsomme)).singleElement().satisfies(x -> {
                    assertThat(x.code()).isEqualTo("REPORT_EXCESSIF");
                    assertThat(x.gravite()).isEqualTo(Gravite.ERREUR);
                    assertThat(x.ecart()).isEqualByComparingTo("5000.00");
                });
        assertThat(new ReportExcessifRule().verifier(List.of(new ReportExcessifRule.Report("SOL", null, null, "ETAT",
                2024, 2025, Montants.of("20000"))), nonConsomme)).isEmpty();
    }
}
