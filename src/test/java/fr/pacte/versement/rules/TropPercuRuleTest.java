package fr.pacte.versement.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.convention.ConditionVersement;
import fr.pacte.financement.rules.EcheancierRule;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TropPercuRuleTest {

    private final TropPercuRule regle = new TropPercuRule();

    @Test
    @DisplayName("R-PAY-9 — FT : acompte 332 164,80 € ; Σ autorisé 540 000 € → solde 207 835,20 € au lieu de 221 443,20 €")
    void soldeIsReducedToWhatIsAllowed() {
        TropPercuRule.Resultat r = regle.calculer(Montants.of("540000.00"), Montants.of("332164.80"), Montants.ZERO);
        assertThat(r.solde()).isEqualByComparingTo("207835.20");
        assertThat(r.indu()).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("R-PAY-9 — si les 553 608 € avaient tous été versés, indu = 13 608 €")
    void induWhenEverythingWasPaid() {
        TropPercuRule.Resultat r = regle.calculer(Montants.of("540000.00"), Montants.of("332164.80"),
                Montants.of("553608.00"));
        assertThat(r.indu()).isEqualByComparingTo("13608.00");
    }

    @Test
    @DisplayName("R-PAY-9 — Σ autorisé par action = min(État prévu, coût exécuté) : fiche 18 29 000 €, fiche 23 0 € → 540 000 €")
    void allowedPerActionCappedByTheExecutedCost() {
        List<TropPercuRule.Action> actions = List.of(
                new TropPercuRule.Action("volet 1", Montants.of("106000.00"), Montants.of("106000.00"),
                        Montants.of("106000.00")),
                new TropPercuRule.Action("15-17, 19-22", Montants.of("405000.00"), Montants.of("755710.00"),
                        Montants.of("755710.00")),
                new TropPercuRule.Action("18", Montants.of("30000.00"), Montants.of("60000.00"),
                        Montants.of("29000.00")),
                new TropPercuRule.Action("23", Montants.of("12608.00"), Montants.of("23608.00"), Montants.ZERO));
        assertThat(regle.autorise(actions, TropPercuRule.Mode.COUT_TOTAL)).isEqualByComparingTo("540000.00");
        // PRORATA: fiche 18 29 000 × 30 000 / 60 000 = 14 500
        assertThat(regle.autorise(actions.subList(2, 3), TropPercuRule.Mode.PRORATA)).isEqualByComparingTo("14500.00");
    }

    @Test
    @DisplayName("R-PAY-1, FX-9 — 553 608 × 60 % = 332 164,80 € (HALF_UP) ; solde = 221 443,20 € ; Σ = 553 608 €")
    void franceTravailSchedule() {
        List<EcheancierRule.Versement> v = new EcheancierRule().calculer(Montants.of("553608.00"), List.of(
                new EcheancierRule.Echeance("ACOMPTE", BigDecimal.valueOf(60), null),
                EcheancierRule.Echeance.solde("SOLDE")));
        assertThat(v.get(0).montant()).isEqualByComparingTo("332164.80");
        assertThat(v.get(1).montant()).isEqualByComparingTo("221443.20");
        assertThat(v.get(1).pourcentage()).isEqualByComparingTo("40");
    }

    @Test
    @DisplayName("R-PAY-2, R-PAY-3, R-PAY-11 — motifs : « Avenant 2025 non signé », « Bilan final non transmis » ; "
            + "2027 n'existe pas avant le rapport à mi-parcours")
    void conditionsAndTheirReasons() {
        ConditionVersementRule c = new ConditionVersementRule();
        ConditionVersementRule.Faits signee = new ConditionVersementRule.Faits(true, false, false, false, false);
        assertThat(c.motif(ConditionVersement.SIGNATURE, 2024, signee)).isEmpty();
        assertThat(c.motif(ConditionVersement.AVENANT_SIGNE, 2025, signee)).contains("Avenant 2025 non signé");
        assertThat(c.motif(ConditionVersement.BILAN_FINAL_RECU, 2024, signee)).contains("Bilan final non transmis");
        assertThat(c.cree(ConditionVersement.RAPPORT_TRANSMIS, signee)).isFalse();
        assertThat(c.cree(ConditionVersement.RAPPORT_TRANSMIS,
                new ConditionVersementRule.Faits(true, false, false, true, false))).isTrue();
        assertThat(c.motif(ConditionVersement.AVENANT_SIGNE, 2025,
                new ConditionVersementRule.Faits(true, true, false, false, false))).isEmpty();
    }
}
