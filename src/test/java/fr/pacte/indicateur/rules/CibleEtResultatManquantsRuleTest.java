package fr.pacte.indicateur.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Gravite;
import fr.pacte.indicateur.IndicateurContexte;
import fr.pacte.indicateur.Periode;
import fr.pacte.indicateur.SerieIndicateur;
import fr.pacte.indicateur.Sens;
import fr.pacte.indicateur.TypeValeur;
import fr.pacte.indicateur.Valeur;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CibleEtResultatManquantsRuleTest {

    private static final IndicateurContexte DIAGNOSTIC = new IndicateurContexte("Réalisation du diagnostic",
            TypeValeur.JALON, Sens.SANS, "SOL", "3", "13");

    @Test
    @DisplayName("R-IND-9 — fiche 13 (livrables sans cible) : cible 2024 manquante ; fiche 1 : cible présente")
    void missingTargetIsWarned() {
        var constats = new CibleManquanteRule().verifier(List.of(
                Vienne.serie(Vienne.ENFANTS, "52", "60", "70", "70", "70"),
                new SerieIndicateur(DIAGNOSTIC, Map.of())), 2024);

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_CIBLE_MANQUANTE");
            assertThat(c.regle()).isEqualTo("R-IND-9");
            assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
            assertThat(c.fiche()).isEqualTo("13");
            assertThat(c.message()).contains("la cible 2024 n'est pas renseignée");
        });
    }

    @Test
    @DisplayName("R-IND-13 — résultat 2024 manquant : ERREUR à la soumission, INFO au brouillon ; un code compte comme réponse")
    void missingResultBlocksSubmission() {
        Map<Periode, Valeur> saisies = new HashMap<>(Vienne.serie(Vienne.ENFANTS, "52", "60").valeurs());
        saisies.put(Periode.resultat(2024), Valeur.entier(58));
        Map<Periode, Valeur> codees = new HashMap<>(Vienne.serie(Vienne.PARCOURS_INSERTION, "Non connu", "-").valeurs());
        codees.put(Periode.resultat(2024), Vienne.lire("Non connu"));
        List<SerieIndicateur> series = List.of(new SerieIndicateur(Vienne.ENFANTS, saisies),
                new SerieIndicateur(Vienne.PARCOURS_INSERTION, codees),
                Vienne.serie(Vienne.PROFESSIONNELS_FORMES, "259", "320"));

        var soumission = new ResultatManquantRule().verifier(series, 2024, true);
        var brouillon = new ResultatManquantRule().verifier(series, 2024, false);

        assertThat(soumission).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("INDICATEUR_RESULTAT_MANQUANT");
            assertThat(c.regle()).isEqualTo("R-IND-13");
            assertThat(c.gravite()).isEqualTo(Gravite.ERREUR);
            assertThat(c.fiche()).isEqualTo("6");
            assertThat(c.colonne()).isEqualTo("resultat_2024");
        });
        assertThat(brouillon).singleElement().extracting(c -> c.gravite()).isEqualTo(Gravite.INFO);
    }
}
