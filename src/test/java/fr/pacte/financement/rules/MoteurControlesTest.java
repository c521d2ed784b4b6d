package fr.pacte.financement.rules;

import static fr.pacte.financement.rules.Vienne2024.e;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.DonneesFinancieres.Allocation;
import fr.pacte.financement.rules.DonneesFinancieres.Axe;
import fr.pacte.financement.rules.DonneesFinancieres.Champ;
import fr.pacte.financement.rules.DonneesFinancieres.ChiffreEcrit;
import fr.pacte.financement.rules.DonneesFinancieres.EnveloppeEcrite;
import fr.pacte.financement.rules.DonneesFinancieres.Fiche;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.rules.DonneesFinancieres.Rang;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoteurControlesTest {

    private final MoteurControles moteur = new MoteurControles();

    @Test
    @DisplayName("R-FIN-2, R-FIN-3, R-FIN-4 : FX-2 complet, 3 SOUS_TOTAL, 3 TOTAL_GENERAL puis ENVELOPPE, dans l'ordre du fichier")
    void fx2() {
        List<Constat> constats = moteur.controler(Vienne2024.fx2(),
                new ParametresTableau(PariteRule.Parametres.DEFAUT, e("578633")));

        assertThat(constats).extracting(Constat::code, Constat::ligne, Constat::colonne).containsExactly(
                tuple("SOUS_TOTAL", 22, "etat"), tuple("SOUS_TOTAL", 22, "departement"),
                tuple("SOUS_TOTAL", 22, "total"), tuple("TOTAL_GENERAL", 23, "etat"),
                tuple("TOTAL_GENERAL", 23, "departement"), tuple("TOTAL_GENERAL", 23, "total"),
                tuple("ENVELOPPE", null, "etat"));
        assertThat(constats.get(6).ecart()).isEqualTo(e("20000"));
    }

    @Test
    @DisplayName("R-FIN-1 à R-FIN-5 : FX-1 sans aucune erreur ni avertissement de parité (ligne, base A+B)")
    void fx1() {
        List<LigneDetail> details = Vienne2024.fx1();
        TableauSaisi tableau = new TableauSaisi(details, List.of());

        assertThat(moteur.controler(tableau, new ParametresTableau(PariteRule.Parametres.DEFAUT, e("578633"))))
                .isEmpty();
    }

    @Test
    @DisplayName("R-FIN-4 à R-FIN-13 : la convention de démonstration Vienne 2024 ne montre que l'écart de la fiche 3, FA23 à 46,59 % et les parts de la fiche 9")
    void vienneConvention() {
        List<Constat> constats = moteur.controler(vienne2024());

        assertThat(constats).extracting(Constat::code, Constat::gravite, Constat::fiche, Constat::ecart)
                .containsExactlyInAnyOrder(
                        tuple("PARITE", Gravite.AVERTISSEMENT, "23", e("-3.41")),
                        tuple("PART_AXE", Gravite.INFO, "9", e("0.42")),
                        tuple("PART_AXE", Gravite.INFO, "9", e("-0.42")),
                        tuple("MONTANT_FICHE", Gravite.AVERTISSEMENT, "3", e("-6")));
        assertThat(constats).filteredOn(c -> c.code().equals("MONTANT_FICHE")).singleElement().satisfies(c -> {
            assertThat(c.declare()).isEqualTo(e("135090"));
            assertThat(c.calcule()).isEqualTo(e("135096"));
            assertThat(c.champ()).isEqualTo("SOL");
        });
    }

    @Test
    @DisplayName("R-FIN-4 : une ligne d'État en trop sur l'axe 3 fait diverger l'axe, le champ, mais pas la répartition écrite")
    void envelopeGap() {
        DonneesFinancieres vienne = vienne2024();
        List<Rang> rangs = new ArrayList<>(vienne.rangs());
        rangs.add(new Rang(14L, 3, Sommes.de(e("1"), e("0"), e("0"), e("0"))));
        DonneesFinancieres modifiee = new DonneesFinancieres(2024, vienne.champs(), vienne.axes(), vienne.fiches(),
                rangs, vienne.enveloppes(), vienne.chiffres(), List.of(), List.of());

        assertThat(moteur.controler(modifiee)).filteredOn(c -> c.code().equals("ENVELOPPE"))
                .extracting(Constat::axe, Constat::champ, Constat::ecart)
                .containsExactly(tuple("Axe 3", "SOL", e("-1")), tuple(null, "SOL", e("-1")));
    }

    /** DOMAIN.md §9.4–9.10 for 2024, with the declared fiche 3 figure of FX-3. */
    static DonneesFinancieres vienne2024() {
        BigDecimal cinquante = new BigDecimal("50");
        List<Champ> champs = List.of(
                new Champ("SOL", "Champ des solidarités", PariteRule.Parametres.DEFAUT, true),
                new Champ("FT", "Insertion et emploi", new PariteRule.Parametres(PariteRule.Portee.LIGNE,
                        PariteRule.Base.TOTAL, cinquante), true));
        List<Axe> axes = List.of(
                new Axe(1, "SOL", "AXE", "1", "Prévenir la pauvreté", true),
                new Axe(2, "SOL", "AXE", "2", "Lutter contre la grande exclusion", true),
                new Axe(3, "SOL", "AXE", "3", "Construire une transition écologique solidaire", true),
                new Axe(4, "FT", "VOLET", "1", "Préparation France Travail", false),
                new Axe(5, "FT", "VOLET", "2", "Étoffer l'offre", true),
                new Axe(6, "FT", "VOLET", "3", "Nouveaux déploiements", false));
        List<Fiche> fiches = new ArrayList<>();
        for (int n = 1; n <= 23; n++) {
            long axe = n <= 4 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 5;
            List<Allocation> allocations = n == 9 ? List.of(new Allocation(2, cinquante), new Allocation(3, cinquante))
                    : List.of(new Allocation(axe, null));
            fiches.add(new Fiche(n, String.valueOf(n), n <= 14 ? "SOL" : "FT", "Fiche " + n, allocations));
        }
        String[][] lignes = {
            // fiche, axe, État, Département (crédits), Département (valorisation), autres
            {"1", "1", "93507", "146000", "0", "535493"}, {"2", "1", "50000", "0", "50000", "0"},
            {"3", "1", "69698", "135096", "0", "0"}, {"4", "1", "25000", "0", "25000", "0"},
            {"5", "2", "110000", "0", "110000", "0"}, {"6", "2", "50000", "0", "50000", "0"},
            {"7", "2", "10000", "15000", "0", "0"}, {"8", "2", "35000", "0", "35000", "0"},
            {"9", "2", "25000", "0", "25000", "0"}, {"10", "3", "20000", "10000", "10000", "0"},
            {"9", "3", "25428", "0", "25428", "0"}, {"11", "3", "30000", "30000", "0", "0"},
            {"12", "3", "15000", "15000", "0", "0"}, {"13", "3", "0", "0", "0", "0"},
            {"14", "3", "20000", "0", "20000", "0"}, {null, "4", "106000", "0", "0", "0"},
            {"15", "5", "40000", "50000", "20000", "0"}, {"16", "5", "100000", "0", "100000", "0"},
            {"17", "5", "50000", "0", "50000", "0"}, {"18", "5", "30000", "0", "30000", "0"},
            {"19", "5", "35000", "10000", "30000", "0"}, {"20", "5", "50000", "0", "50000", "0"},
            {"21", "5", "30000", "15000", "15000", "0"}, {"22", "5", "100000", "55710", "50000", "0"},
            {"23", "5", "12608", "11000", "0", "0"},
        };
        List<Rang> rangs = new ArrayList<>();
        for (String[] l : lignes) {
            Long fiche = l[0] == null ? null : Long.valueOf(l[0]);
            Sommes montants = new Sommes(e(l[2]), e(l[3]).add(e(l[4])), e(l[4]), e(l[5]), e("0"));
            rangs.add(new Rang(fiche, Long.parseLong(l[1]), montants));
        }
        List<EnveloppeEcrite> enveloppes = List.of(
                new EnveloppeEcrite("SOL", 1L, e("238205"), "deux-cent trente-huit mille deux-cent cinq euros"),
                new EnveloppeEcrite("SOL", 2L, e("230000"), "deux-cent trente mille euros"),
                new EnveloppeEcrite("SOL", 3L, e("110428"), "cent-dix mille quatre cent vingt-huit euros"),
                new EnveloppeEcrite("SOL", null, e("578633"), null),
                new EnveloppeEcrite("FT", 4L, e("106000"), "cent-six mille euros"),
                new EnveloppeEcrite("FT", 5L, e("447608"), "quatre-cent quarante-sept mille six-cent huit euros"),
                new EnveloppeEcrite("FT", null, e("553608"), null));
        List<ChiffreEcrit> chiffres = List.of(new ChiffreEcrit(3L, null, "FICHE_BUDGET_TEXTE", Colonne.DEPARTEMENT,
                e("135090")));
        return new DonneesFinancieres(2024, champs, axes, fiches, rangs, enveloppes, chiffres, List.of(),
                List.of());
    }
}
