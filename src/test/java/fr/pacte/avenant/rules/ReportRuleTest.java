package fr.pacte.avenant.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.avenant.ConstatAvenant;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportRuleTest {

    private static ReportRule.Report report(int origine, int destination, String montant) {
        return new ReportRule.Report("reports[0]", "SOL", null, "ETAT", origine, destination, new BigDecimal(montant),
                2027, "2027");
    }

    @Test
    @DisplayName("R-PAY-8 — un report 2027 → 2028 sur les solidarités (dernier exercice 2027) : REPORT_HORS_PERIODE")
    void beyondTheChampsEnd() {
        assertThat(new ReportRule().horsPeriode(report(2027, 2028, "25000.00"))).get()
                .extracting(ConstatAvenant::code, ConstatAvenant::exercice, ConstatAvenant::chemin)
                .containsExactly("REPORT_HORS_PERIODE", 2028, "reports[0]");
        assertThat(new ReportRule().horsPeriode(report(2025, 2026, "25000.00"))).isEmpty();
    }

    @Test
    @DisplayName("R-PAY-8 — 25 000 € reportés quand 20 000 € seulement n'ont pas été exécutés : REPORT_EXCESSIF "
            + "(écart −5 000) ; sans exécution enregistrée, rien")
    void moreThanWhatWasNotExecuted() {
        Optional<ConstatAvenant> c = new ReportRule().excessif(report(2025, 2026, "25000.00"),
                Optional.of(new BigDecimal("20000.00")));
        assertThat(c).get().extracting(ConstatAvenant::code, ConstatAvenant::declare, ConstatAvenant::calcule,
                ConstatAvenant::ecart).containsExactly("REPORT_EXCESSIF", new BigDecimal("20000.00"),
                new BigDecimal("25000.00"), new BigDecimal("-5000.00"));
        assertThat(new ReportRule().excessif(report(2025, 2026, "25000.00"), Optional.empty())).isEmpty();
    }
}
