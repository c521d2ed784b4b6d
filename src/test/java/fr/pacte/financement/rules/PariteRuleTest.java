package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.PariteRule.Base;
import fr.pacte.financement.rules.PariteRule.Parametres;
import fr.pacte.financement.rules.PariteRule.Part;
import fr.pacte.financement.rules.PariteRule.Portee;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PariteRuleTest {

    private static final BigDecimal CINQUANTE = new BigDecimal("50");
    private final PariteRule regle = new PariteRule();

    private static List<Part> fx1() {
        return Vienne2024.fx1().stream().map(l -> new Part(l.lieu(), l.montants())).toList();
    }

    private List<Constat> verifier(List<Part> parts, Portee portee, Base base) {
        return regle.verifier(parts, new Parametres(portee, base, CINQUANTE), Lieu.NULLE_PART, "sur l'ensemble");
    }

    @Nested
    @DisplayName("FX-7 : parité sur le tableau des solidarités")
    class Fx7 {

        @Test
        @DisplayName("R-FIN-5 (a) : par ligne, base A+B, aucun avertissement (fiche 1 60,96 %, fiche 3 65,97 %, fiche 7 60,00 %)")
        void parLigneBaseEtatDepartement() {
            assertThat(verifier(fx1(), Portee.LIGNE, Base.ETAT_DEPARTEMENT)).isEmpty();
            List<Part> parts = fx1();
            assertThat(PariteRule.part(parts.get(0).montants(), Base.ETAT_DEPARTEMENT)).contains(e("60.96"));
            assertThat(PariteRule.part(parts.get(2).montants(), Base.ETAT_DEPARTEMENT)).contains(e("65.97"));
            assertThat(PariteRule.part(parts.get(6).montants(), Base.ETAT_DEPARTEMENT)).contains(e("60.00"));
            assertThat(PariteRule.part(parts.get(1).montants(), Base.ETAT_DEPARTEMENT)).contains(e("50.00"));
        }

        @Test
        @DisplayName("R-FIN-5 (b) : par ligne, base F, un avertissement : fiche 1 à 18,84 % (146 000 / 775 000)")
        void parLigneBaseTotal() {
            assertThat(verifier(fx1(), Portee.LIGNE, Base.TOTAL)).singleElement().satisfies(c -> {
                assertThat(c.code()).isEqualTo("PARITE");
                assertThat(c.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
                assertThat(c.fiche()).isEqualTo("1");
                assertThat(c.ligne()).isEqualTo(2);
                assertThat(c.declare()).isEqualTo(e("18.84"));
                assertThat(c.calcule()).isEqualTo(e("50"));
                assertThat(c.ecart()).isEqualTo(e("-31.16"));
            });
        }

        @Test
        @DisplayName("R-FIN-5 (c) : globale, base A+B, 54,80 % : aucun avertissement (701 524 / 1 280 157)")
        void globaleBaseEtatDepartement() {
            assertThat(verifier(fx1(), Portee.GLOBAL, Base.ETAT_DEPARTEMENT)).isEmpty();
            Sommes totaux = Sommes.somme(fx1().stream().map(Part::montants).toList());
            assertThat(PariteRule.part(totaux, Base.ETAT_DEPARTEMENT)).contains(e("54.80"));
        }

        @Test
        @DisplayName("R-FIN-5 (d) : globale, base F, avertissement à 38,64 % (701 524 / 1 815 650)")
        void globaleBaseTotal() {
            assertThat(verifier(fx1(), Portee.GLOBAL, Base.TOTAL)).singleElement().satisfies(c -> {
                assertThat(c.declare()).isEqualTo(e("38.64"));
                assertThat(c.ligne()).isNull();
                assertThat(c.message()).isEqualTo("Part du Département sur l'ensemble : 38,64 % de la base "
                        + "coût total (État + Département + Autres + Report), sous le seuil de 50,00 %.");
            });
        }

        @Test
        @DisplayName("R-FIN-5 : portée AUCUNE, rien n'est vérifié")
        void aucune() {
            assertThat(verifier(fx1(), Portee.AUCUNE, Base.TOTAL)).isEmpty();
        }
    }

    @Test
    @DisplayName("R-FIN-5 : FX-8, seule FA23 est sous 50 % (46,59 %) ; le volet 1 exempté ne compte pas")
    void franceTravail() {
        List<Part> parts = new ArrayList<>(Vienne2024.fx8Volet2());
        parts.add(new Part(new Lieu(null, "FT", "Volet 1", null), Vienne2024.sommes("106000", "0", "0"), true, false));

        List<Constat> constats = verifier(parts, Portee.LIGNE, Base.TOTAL);

        assertThat(constats).singleElement().satisfies(c -> {
            assertThat(c.fiche()).isEqualTo("23");
            assertThat(c.declare()).isEqualTo(e("46.59"));
            assertThat(c.message()).isEqualTo("Part du Département de la fiche 23 (Volet 2) : 46,59 % de la base "
                    + "coût total (État + Département + Autres + Report), sous le seuil de 50,00 %.");
        });
        List<Part> volet2 = Vienne2024.fx8Volet2();
        assertThat(PariteRule.part(volet2.get(0).montants(), Base.TOTAL)).contains(e("63.64"));
        assertThat(PariteRule.part(volet2.get(4).montants(), Base.TOTAL)).contains(e("53.33"));
        assertThat(PariteRule.part(volet2.get(7).montants(), Base.TOTAL)).contains(e("51.39"));
        assertThat(verifier(parts, Portee.GLOBAL, Base.TOTAL)).isEmpty();
        assertThat(PariteRule.part(Sommes.somme(volet2.stream().map(Part::montants).toList()), Base.TOTAL))
                .contains(e("52.09"));
    }

    @Test
    @DisplayName("R-FIN-5 : exactement 50,00 % passe, 49,99 % non ; arrondi HALF_UP au centime ; 0 / 0 n'est pas jugé (49,995 % → 50,00 %)")
    void limits() {
        Part cinquante = new Part(Lieu.ligne(2), Vienne2024.sommes("1", "1", "0"));
        Part juste = new Part(Lieu.ligne(3), Vienne2024.sommes("10002", "9998", "0"));
        Part arrondi = new Part(Lieu.ligne(4), Vienne2024.sommes("10001", "9999", "0"));
        Part rien = new Part(Lieu.ligne(5), Sommes.ZERO);
        Part etatSeul = new Part(Lieu.ligne(6), Vienne2024.sommes("100", "0", "0"));

        List<Constat> constats = verifier(List.of(cinquante, juste, arrondi, rien, etatSeul), Portee.LIGNE,
                Base.ETAT_DEPARTEMENT);

        assertThat(constats).extracting(Constat::ligne).containsExactly(3, 6);
        assertThat(constats.get(0).declare()).isEqualTo(e("49.99"));
        assertThat(PariteRule.part(arrondi.montants(), Base.ETAT_DEPARTEMENT)).contains(e("50.00"));
    }
}
