package fr.pacte.indicateur.rules;

import static fr.pacte.indicateur.rules.Vienne.lire;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.Annexe;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.ValeurImprimee;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcordanceAnnexesRuleTest {

    private final ConcordanceAnnexesRule rule = new ConcordanceAnnexesRule();

    private static ValeurImprimee declaree(Annexe annexe, Periode periode, String imprime) {
        return new ValeurImprimee(annexe, periode, imprime, imprime == null ? null : lire(imprime));
    }

    @Test
    @DisplayName("R-IND-1 — FX-17 : fiche 6, professionnels formés, T0 259 dans la fiche et 320 dans l'annexe 4")
    void fiche6TrainedProfessionalsDiffer() {
        List<Constat> constats = rule.verifier(Vienne.PROFESSIONNELS_FORMES, List.of(
                declaree(Annexe.FICHE, Periode.t0(2023), "259"),
                declaree(Annexe.ANNEXE_4, Periode.t0(2023), "320"),
                declaree(Annexe.FICHE, Periode.cible(2024), "320"),
                declaree(Annexe.ANNEXE_4, Periode.cible(2024), "320")));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_ANNEXES");
            assertThat(c.regle()).isEqualTo("R-IND-1");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.fiche()).isEqualTo("6");
            assertThat(c.axe()).isEqualTo("2");
            assertThat(c.champ()).isEqualTo("SOL");
            assertThat(c.colonne()).isEqualTo("t0");
            assertThat(c.declare()).isEqualByComparingTo("320");
            assertThat(c.calcule()).isEqualByComparingTo("259");
            assertThat(c.ecart()).isEqualByComparingTo("61");
            assertThat(c.message()).contains("Fiche 6", "T0 (situation au 31/12/2023)", "« 259 » dans la fiche-action",
                    "« 320 » dans l'annexe 4");
        });
    }

    @Test
    @DisplayName("R-IND-1 — FX-17 : fiche 10, visites à domicile, T0 390 dans la fiche et 360 dans l'annexe 4")
    void fiche10HomeVisitsDiffer() {
        List<Constat> constats = rule.verifier(Vienne.VISITES_A_DOMICILE, List.of(
                declaree(Annexe.ANNEXE_4, Periode.t0(2023), "360"),
                declaree(Annexe.FICHE, Periode.t0(2023), "390"),
                declaree(Annexe.FICHE, Periode.cible(2024), "411"),
                declaree(Annexe.ANNEXE_4, Periode.cible(2024), "411")));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.fiche()).isEqualTo("10");
            assertThat(c.declare()).isEqualByComparingTo("360");
            assertThat(c.calcule()).isEqualByComparingTo("390");
            assertThat(c.ecart()).isEqualByComparingTo("-30");
            assertThat(c.message()).contains("« 390 » dans la fiche-action", "« 360 » dans l'annexe 4");
        });
    }

    @Test
    @DisplayName("R-IND-1 — FX-17 : les six indicateurs de la fiche 1 sont identiques dans la fiche et l'annexe 1")
    void fiche1MatchesAnnexe1() {
        String[][] tableau = {
                {"Nombre d'enfants accompagnés", "52", "60", "70", "70", "70"},
                {"Nombre de familles accompagnées", "45", "50", "60", "60", "60"},
                {"Pourcentage de familles monoparentales", "18 %", "30 %", "30 %", "30 %", "30 %"},
                {"Pourcentage de familles avec parents séparés", "42 %", "30 %", "30 %", "30 %", "30 %"},
                {"Pourcentage de familles sans emploi", "73 %", "75 %", "75 %", "75 %", "75 %"},
                {"Nombre de familles bénéficiant d'une mesure éducative", "12", "10", "10", "10", "10"}};
        List<Constat> constats = new ArrayList<>();
        for (String[] ligne : tableau) {
            IndicateurContexte contexte = new IndicateurContexte(ligne[0], TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "1", "1");
            List<ValeurImprimee> declarations = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                Periode periode = i == 1 ? Periode.t0(2023) : Periode.cible(2022 + i);
                declarations.add(declaree(Annexe.FICHE, periode, ligne[i]));
                declarations.add(declaree(Annexe.ANNEXE_1, periode, ligne[i].replace(" %", "%")));
            }
            constats.addAll(rule.verifier(contexte, declarations));
        }

        assertThat(constats).isEmpty();
    }

    @Test
    @DisplayName("R-IND-1 — FX-17 : une case vide face à une valeur est une divergence (fiche 5, permanences : 100 / vide)")
    void emptyCellAgainstAValueDiffers() {
        IndicateurContexte permanences = new IndicateurContexte("Nb de nouvelles permanences en tiers lieu",
                TypeValeur.ENTIER, Sens.HAUSSE, "SOL", "2", "5");

        List<Constat> constats = rule.verifier(permanences, List.of(
                declaree(Annexe.FICHE, Periode.t0(2023), "100"),
                declaree(Annexe.ANNEXE_1, Periode.t0(2023), null)));

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.declare()).isNull();
            assertThat(c.calcule()).isEqualByComparingTo("100");
            assertThat(c.message()).contains("une case vide dans l'annexe 1");
        });
    }

    @Test
    @DisplayName("R-IND-1 — FX-17 : « - » dans la fiche et « * » dans l'annexe 1 divergent ; « Action nouvelle » = « Nouvelle action »")
    void comparesCodesByMeaning() {
        assertThat(rule.verifier(Vienne.PARCOURS_INSERTION, List.of(
                declaree(Annexe.FICHE, Periode.cible(2025), "-"),
                declaree(Annexe.ANNEXE_1, Periode.cible(2025), "*")))).hasSize(1);
        assertThat(rule.verifier(Vienne.PARCOURS_INSERTION, List.of(
                declaree(Annexe.FICHE, Periode.t0(2023), "Action nouvelle"),
                declaree(Annexe.ANNEXE_1, Periode.t0(2023), "Nouvelle action")))).isEmpty();
    }
}
