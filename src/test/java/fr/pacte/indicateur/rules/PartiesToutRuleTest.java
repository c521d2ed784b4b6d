package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import fr.pacte.indicateur.rules.PartiesToutRule.Partie;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PartiesToutRuleTest {

    private static final IndicateurContexte ORIENTES = ft("Nombre de nouveaux entrants orientés vers un référent unique");
    private static final IndicateurContexte HORS_FT = ft("Nombre de nouveaux entrants orientés et accompagnés (hors France Travail)");
    private static final IndicateurContexte FT = ft("Nombre de nouveaux entrants orientés et accompagnés France Travail");
    private static final IndicateurContexte PARTICIPANTS = sol("Nombre de participants");
    private static final IndicateurContexte CODE = sol("Nombre de participants ayant obtenu le code");

    private final PartiesToutRule rule = new PartiesToutRule();

    private static IndicateurContexte ft(String libelle) {
        return new IndicateurContexte(libelle, TypeValeur.ENTIER, Sens.HAUSSE, "FT", "2", "15");
    }

    private static IndicateurContexte sol(String libelle) {
        return new IndicateurContexte(libelle, TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "3", "12");
    }

    @Test
    @DisplayName("R-IND-6 — FX-20 : FA15 2023, 1 057 hors France Travail + 479 France Travail = 1 536 orientés")
    void fa15PartitionAddsUp() {
        var constats = rule.verifier(ORIENTES, Periode.t0(2023), Valeur.entier(1536),
                List.of(new Partie(HORS_FT, Valeur.entier(1057)), new Partie(FT, Valeur.entier(479))), true);

        assertThat(constats).isEmpty();
    }

    @Test
    @DisplayName("R-IND-6 — une partition qui ne tombe pas juste (1 057 + 470 ≠ 1 536) est signalée")
    void partitionThatDoesNotAddUpIsWarned() {
        var constats = rule.verifier(ORIENTES, Periode.t0(2023), Valeur.entier(1536),
                List.of(new Partie(HORS_FT, Valeur.entier(1057)), new Partie(FT, Valeur.entier(470))), true);

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_PARTIES");
            assertThat(c.regle()).isEqualTo("R-IND-6");
            assertThat(c.declare()).isEqualByComparingTo("1536");
            assertThat(c.calcule()).isEqualByComparingTo("1527");
            assertThat(c.ecart()).isEqualByComparingTo("9");
        });
    }

    @Test
    @DisplayName("R-IND-6 / R-IND-8 — FX-16 : fiche 12, code ≤ participants pour 2024-2027 ; 19 > 18 est signalé")
    void funnelStepsAreAtMostTheirWhole() {
        int[][] cibles = {{9, 9}, {18, 16}, {18, 17}, {18, 18}};
        for (int i = 0; i < cibles.length; i++) {
            assertThat(rule.verifier(PARTICIPANTS, Periode.cible(2024 + i), Valeur.entier(cibles[i][0]),
                    List.of(new Partie(CODE, Valeur.entier(cibles[i][1]))), false)).isEmpty();
        }

        var constats = rule.verifier(PARTICIPANTS, Periode.resultat(2025), Valeur.entier(18),
                List.of(new Partie(CODE, Valeur.entier(19))), false);

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.declare()).isEqualByComparingTo("19");
            assertThat(c.calcule()).isEqualByComparingTo("18");
            assertThat(c.message()).contains("dépasse le total « Nombre de participants »");
        });
    }

    @Test
    @DisplayName("R-IND-6 — codes et textes ne sont pas comparés (FA15 cibles « Non évaluable »)")
    void codesAreSkipped() {
        Valeur nonEvaluable = Vienne.lire("Non évaluable");

        assertThat(rule.verifier(ORIENTES, Periode.cible(2024), nonEvaluable,
                List.of(new Partie(HORS_FT, nonEvaluable), new Partie(FT, nonEvaluable)), true)).isEmpty();
    }
}
