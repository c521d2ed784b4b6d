package fr.pacte.consolidation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.consolidation.rules.IndicateursComptesRule.SommeIndicateur;
import fr.pacte.indicateur.CodeValeur;
import fr.pacte.indicateur.IndicateurService.IndicateurNational;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** M16: national indicators are summed across Départements only where they are counts, never rates. */
class IndicateursComptesRuleTest {

    private final IndicateursComptesRule regle = new IndicateursComptesRule();

    private static IndicateurNational compte(String code, Valeur cible, Valeur resultat) {
        return new IndicateurNational(code, "Nombre de " + code, TypeValeur.ENTIER, "personnes", false, cible,
                resultat);
    }

    @Test
    @DisplayName("M16 — SOL-N07 : cibles 320 (Vienne) + 150 (Charente) = 470 professionnels formés, 2 Départements ; "
            + "résultat 58 pour un seul")
    void countsAreSummed() {
        List<SommeIndicateur> sommes = regle.sommer(List.of(
                List.of(compte("SOL-N07", Valeur.entier(320), Valeur.entier(58))),
                List.of(compte("SOL-N07", Valeur.entier(150), null))));
        assertThat(sommes).hasSize(1);
        SommeIndicateur n07 = sommes.get(0);
        assertThat(n07.cible()).isEqualByComparingTo("470");
        assertThat(n07.resultat()).isEqualByComparingTo("58");
        assertThat(n07.departementsCible()).isEqualTo(2);
        assertThat(n07.departementsResultat()).isEqualTo(1);
    }

    @Test
    @DisplayName("M16 — un taux (type POURCENTAGE, unité %, ou défini par numérateur / dénominateur) n'est jamais "
            + "additionné : 18 % + 25 % ne donne rien")
    void ratesAreNeverSummed() {
        IndicateurNational pourcentage = new IndicateurNational("FT-N01", "Taux d'orientation",
                TypeValeur.POURCENTAGE, "%", false, Valeur.nombre(TypeValeur.POURCENTAGE, "18"), null);
        IndicateurNational ratio = new IndicateurNational("FT-N02", "Part des BRSA accompagnés", TypeValeur.DECIMAL,
                null, true, Valeur.nombre(TypeValeur.DECIMAL, "0.25"), null);
        IndicateurNational uniteEnPourcent = new IndicateurNational("FT-N03", "Taux", TypeValeur.DECIMAL, "%",
                false, Valeur.nombre(TypeValeur.DECIMAL, "25"), null);
        assertThat(IndicateursComptesRule.compte(pourcentage)).isFalse();
        assertThat(IndicateursComptesRule.compte(ratio)).isFalse();
        assertThat(IndicateursComptesRule.compte(uniteEnPourcent)).isFalse();
        assertThat(regle.sommer(List.of(List.of(pourcentage, ratio, uniteEnPourcent),
                List.of(pourcentage, ratio, uniteEnPourcent)))).isEmpty();
    }

    @Test
    @DisplayName("R-IND-3, R-IND-4 — sur un indicateur de comptage, une valeur saisie « 18 % » ou un code « - » est "
            + "écartée et comptée comme telle ; un indicateur sans valeur n'apporte aucun Département")
    void valuesThatAreNotCountsAreLeftOut() {
        List<SommeIndicateur> sommes = regle.sommer(List.of(
                List.of(compte("SOL-N01", Valeur.nombre(TypeValeur.POURCENTAGE, "18"), Valeur.code(CodeValeur.TIRET))),
                List.of(compte("SOL-N01", Valeur.entier(40), null)),
                List.of(compte("SOL-N01", null, null))));
        SommeIndicateur n01 = sommes.get(0);
        assertThat(n01.cible()).isEqualByComparingTo("40");
        assertThat(n01.resultat()).isNull();
        assertThat(n01.departementsCible()).isEqualTo(1);
        assertThat(n01.ecartees()).isEqualTo(2);
    }

    @Test
    @DisplayName("M16 — un Département dont deux conventions portent le même indicateur compte une fois ; les sommes "
            + "régionales se regroupent en national (320 + 150 + 30 = 500) ; ordre naturel des codes (N2 avant N10)")
    void departementsCountOnceAndRegionsAddUp() {
        List<SommeIndicateur> region1 = regle.sommer(List.of(List.of(compte("SOL-N07", Valeur.entier(320), null),
                compte("SOL-N07", Valeur.entier(150), null), compte("SOL-N10", Valeur.entier(1), null),
                compte("SOL-N2", Valeur.entier(2), null))));
        assertThat(region1).extracting(SommeIndicateur::code).containsExactly("SOL-N2", "SOL-N07", "SOL-N10");
        assertThat(region1.get(1).departementsCible()).isEqualTo(1);
        List<SommeIndicateur> region2 = regle.sommer(List.of(List.of(compte("SOL-N07", Valeur.entier(30), null))));
        List<SommeIndicateur> national = regle.regrouper(List.of(region1, region2));
        SommeIndicateur n07 = national.stream().filter(s -> s.code().equals("SOL-N07")).findFirst().orElseThrow();
        assertThat(n07.cible()).isEqualByComparingTo("500");
        assertThat(n07.departementsCible()).isEqualTo(2);
    }
}
