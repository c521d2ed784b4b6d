package fr.pacte.financement.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SousTotalRuleTest {

    @Test
    @DisplayName("R-FIN-2 : sans la fiche 14, le sous-total de l'axe 3 diffère de 20 000 / 20 000 / 40 000 (FX-2)")
    void axe3WithoutFiche14() {
        List<Constat> constats = new SousTotalRule().verifier(Vienne2024.fx2().declarees());

        assertThat(constats)
                .extracting(Constat::code, Constat::ligne, Constat::colonne, Constat::declare, Constat::calcule,
                        Constat::ecart)
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactly(
                        tuple("SOUS_TOTAL", 22, "etat", Vienne2024.e("110428"), Vienne2024.e("90428"),
                                Vienne2024.e("20000")),
                        tuple("SOUS_TOTAL", 22, "departement", Vienne2024.e("110428"), Vienne2024.e("90428"),
                                Vienne2024.e("20000")),
                        tuple("SOUS_TOTAL", 22, "total", Vienne2024.e("220856"), Vienne2024.e("180856"),
                                Vienne2024.e("40000")));
        assertThat(constats).allSatisfy(c -> assertThat(c.gravite()).isEqualTo(Gravite.ERREUR));
        assertThat(constats.get(0).message()).isEqualTo("Sous-total de l'axe 3 (État) : 110 428,00 € "
                + "déclarés, 90 428,00 € calculés (écart 20 000,00 €).");
    }

    @Test
    @DisplayName("R-FIN-2 : une colonne non imprimée (F du sous-total de l'axe 1) n'est pas comparée")
    void unprintedColumnIsNotCompared() {
        List<Constat> constats = new SousTotalRule().verifier(List.of(Vienne2024.fx2().declarees().get(0)));

        assertThat(constats).isEmpty();
    }
}
