package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.rules.CumulRule.Point;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CumulRuleTest {

    private static final IndicateurContexte PERSONNES_CONCERNEES = new IndicateurContexte(
            "Nombre de personnes concernées par l'action (nouveaux entrants + ceux avec antériorité dans le dispositif)",
            TypeValeur.ENTIER, Sens.HAUSSE, "FT", "2", "19");

    private final CumulRule rule = new CumulRule();

    private static BigDecimal n(int valeur) {
        return BigDecimal.valueOf(valeur);
    }

    @Test
    @DisplayName("R-IND-7 — FX-20 : FA19, sessions 5 + 8 + 11 = 24 fin 2023, puis 24 + 10 nouveaux = 34 en 2024")
    void fa19CumulativeSeriesAddsUp() {
        var constats = rule.verifier(PERSONNES_CONCERNEES, List.of(
                new Point(new Periode(2021, fr.pacte.indicateur.NatureValeur.RESULTAT), n(5), n(5)),
                new Point(new Periode(2022, fr.pacte.indicateur.NatureValeur.RESULTAT), n(13), n(8)),
                new Point(Periode.t0(2023), n(24), n(11)),
                new Point(Periode.cible(2024), n(34), n(10))));

        assertThat(constats).isEmpty();
    }

    @Test
    @DisplayName("R-IND-7 — un cumul qui ne suit pas cumul(N-1) + nouveaux(N) est signalé (24 + 10 ≠ 30)")
    void wrongSumIsWarned() {
        var constats = rule.verifier(PERSONNES_CONCERNEES, List.of(
                new Point(Periode.t0(2023), n(24), null),
                new Point(Periode.cible(2024), n(30), n(10))));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_CUMUL");
            assertThat(c.regle()).isEqualTo("R-IND-7");
            assertThat(c.declare()).isEqualByComparingTo("30");
            assertThat(c.calcule()).isEqualByComparingTo("34");
        });
    }

    @Test
    @DisplayName("R-IND-7 — un cumul qui baisse est signalé ; un point sans nombre est ignoré")
    void decreasingCumulIsWarned() {
        var constats = rule.verifier(PERSONNES_CONCERNEES, List.of(
                new Point(Periode.t0(2023), n(24), null),
                new Point(Periode.cible(2024), null, n(10)),
                new Point(Periode.resultat(2024), n(20), null)));

        assertThat(constats).singleElement().satisfies(c ->
                assertThat(c.message()).contains("inférieur au cumul de la période précédente"));
    }
}
