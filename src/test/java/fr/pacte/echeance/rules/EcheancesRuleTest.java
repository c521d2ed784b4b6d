package fr.pacte.echeance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.echeance.CodeEcheance;
import fr.pacte.echeance.StatutEcheance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EcheancesRuleTest {

    private static final EcheancesRule.Champ FT = new EcheancesRule.Champ("FT", "France Travail",
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(2024), List.of(LocalDate.of(2024, 12, 31)),
            List.of(LocalDate.of(2024, 1, 1)), true, false, List.of());
    private static final EcheancesRule.Champ SOL = new EcheancesRule.Champ("SOL", "Solidarités",
            LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), List.of(2024, 2025, 2026, 2027),
            List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31),
                    LocalDate.of(2027, 12, 31)),
            List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1)), false, true, List.of(2025, 2026));

    private static LocalDate date(List<EcheancesRule.Echeance> e, CodeEcheance code) {
        return e.stream().filter(x -> x.code() == code).findFirst().orElseThrow().date();
    }

    @Test
    @DisplayName("FX-11, R-DATE-3, R-DATE-5 — bilan final FT 31/03/2025, dénonciation FT 31/10/2024 ; mi-parcours SOL "
            + "31/03/2026, dénonciation SOL 31/10/2027")
    void derivedDates() {
        List<EcheancesRule.Echeance> ft = new EcheancesRule().deriver(FT, List.of(), LocalDate.of(2024, 6, 1));
        assertThat(date(ft, CodeEcheance.BILAN_FINAL)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(date(ft, CodeEcheance.DENONCIATION)).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(ft).noneMatch(e -> e.code() == CodeEcheance.RAPPORT_ANNUEL);
        List<EcheancesRule.Echeance> sol = new EcheancesRule().deriver(SOL, List.of(), LocalDate.of(2024, 6, 1));
        assertThat(date(sol, CodeEcheance.RAPPORT_MI_PARCOURS)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(date(sol, CodeEcheance.DENONCIATION)).isEqualTo(LocalDate.of(2027, 10, 31));
        assertThat(sol.stream().filter(e -> e.code() == CodeEcheance.RAPPORT_ANNUEL)).hasSize(4);
        assertThat(sol.stream().filter(e -> e.code() == CodeEcheance.AVENANT_EXERCICE).map(EcheancesRule.Echeance::date))
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    }

    @Test
    @DisplayName("Q9 — « avant le 31 mars 2025 » : due le 31/03 inclus (PROCHE dans les 30 jours), DEPASSEE le 01/04, "
            + "TENUE une fois le bilan final transmis")
    void statusAgainstTheClock() {
        LocalDate echeance = LocalDate.of(2025, 3, 31);
        assertThat(EcheancesRule.statut(echeance, false, LocalDate.of(2025, 2, 28))).isEqualTo(StatutEcheance.A_VENIR);
        assertThat(EcheancesRule.statut(echeance, false, LocalDate.of(2025, 3, 1))).isEqualTo(StatutEcheance.PROCHE);
        assertThat(EcheancesRule.statut(echeance, false, LocalDate.of(2025, 3, 31))).isEqualTo(StatutEcheance.PROCHE);
        assertThat(EcheancesRule.statut(echeance, false, LocalDate.of(2025, 4, 1))).isEqualTo(StatutEcheance.DEPASSEE);
        List<EcheancesRule.Echeance> tenue = new EcheancesRule().deriver(FT,
                List.of(new EcheancesRule.Tenue(CodeEcheance.BILAN_FINAL, null)), LocalDate.of(2025, 4, 2));
        assertThat(tenue.stream().filter(e -> e.code() == CodeEcheance.BILAN_FINAL).findFirst().orElseThrow().statut())
                .isEqualTo(StatutEcheance.TENUE);
    }
}
