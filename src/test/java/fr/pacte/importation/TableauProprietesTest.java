package fr.pacte.importation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import fr.pacte.financement.rules.Colonne;
import fr.pacte.financement.rules.ParametresTableau;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.rules.TableauSaisi.TotalAxe;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Property tests on random tables, with seeded {@link Random}s so that a failure can be replayed. */
class TableauProprietesTest {

    private static final int ESSAIS = 300;
    private static final List<Colonne> COLONNES = List.of(Colonne.ETAT, Colonne.DEPARTEMENT, Colonne.AUTRES,
            Colonne.REPORT, Colonne.TOTAL);
    private final ParametresTableau sansParite = VerificationTableau.parametres("aucune", null, null);

    /** A generated table: CSV lines (header first) and, for each line, the figures it declares. */
    private record Genere(List<String[]> lignes, List<Sommes> details, Map<String, Sommes> parAxe) {

        String csv() {
            return lignes.stream().map(l -> String.join(";", l)).collect(Collectors.joining("\n")) + "\n";
        }

        byte[] octets() {
            return csv().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static BigDecimal montant(Random hasard) {
        return switch (hasard.nextInt(5)) {
            case 0 -> Montants.ZERO;
            case 1 -> BigDecimal.valueOf(hasard.nextInt(1_000) * 1_000L, 0).setScale(2);
            default -> BigDecimal.valueOf(hasard.nextInt(200_000_000), 2);
        };
    }

    /** The same amount in one of the spellings people use. */
    private static String ecrire(BigDecimal v, Random hasard) {
        String nombre = Montants.nombre(v);
        return switch (hasard.nextInt(5)) {
            case 0 -> Montants.format(v);
            case 1 -> nombre.replace('\u202F', ' ') + " €";
            case 2 -> nombre.replace('\u202F', '.');
            case 3 -> v.toPlainString();
            default -> v.stripTrailingZeros().scale() <= 0 ? v.toBigInteger().toString() : nombre.replace('\u202F', ' ');
        };
    }

    private static Genere generer(Random hasard, boolean declarees) {
        List<String[]> lignes = new ArrayList<>();
        lignes.add(new String[] {"Axe", "Fiche", "Intitulé", "État", "Département", "Autres", "Report", "Total"});
        List<Sommes> details = new ArrayList<>();
        Map<String, Sommes> parAxe = new LinkedHashMap<>();
        int axes = 1 + hasard.nextInt(4);
        int fiche = 1;
        for (int a = 1; a <= axes; a++) {
            String axe = "Axe " + a;
            Sommes somme = Sommes.ZERO;
            int rangs = hasard.nextInt(7);
            for (int r = 0; r < rangs; r++) {
                Sommes s = Sommes.de(montant(hasard), montant(hasard), montant(hasard),
                        hasard.nextInt(4) == 0 ? montant(hasard) : Montants.ZERO);
                lignes.add(new String[] {r == 0 || hasard.nextBoolean() ? axe : "", String.valueOf(fiche++),
                    "Action " + fiche, ecrire(s.etat(), hasard), ecrire(s.departement(), hasard),
                    ecrire(s.autres(), hasard), ecrire(s.report(), hasard), ecrire(s.total(), hasard)});
                details.add(s);
                somme = somme.plus(s);
            }
            if (rangs > 0) {
                parAxe.put(axe, somme);
            }
            if (declarees && rangs > 0) {
                String celluleAxe = hasard.nextBoolean() ? String.valueOf(a) : "";
                lignes.add(declaree(celluleAxe, hasard.nextBoolean() ? "Sous total" : "S/total", somme, hasard));
            }
        }
        if (declarees) {
            lignes.add(declaree("", "TOTAL FINANCIER", Sommes.somme(details), hasard));
        }
        return new Genere(lignes, details, parAxe);
    }

    private static String[] declaree(String axe, String intitule, Sommes s, Random hasard) {
        return new String[] {axe, "", intitule, ecrire(s.etat(), hasard), ecrire(s.departement(), hasard),
            ecrire(s.autres(), hasard), ecrire(s.report(), hasard), ecrire(s.total(), hasard)};
    }

    @Test
    @DisplayName("R-FIN-3 : pour des tableaux au hasard, les totaux calculés sont les sommes des lignes et rien n'est signalé (seed 4)")
    void computedTotalsAreTheSums() {
        Random hasard = new Random(4L);
        for (int essai = 0; essai < ESSAIS; essai++) {
            Genere tableau = generer(hasard, true);

            ResultatVerification resultat = new VerificationTableau().verifier(tableau.octets(), sansParite);

            assertThat(resultat.constats()).as(tableau.csv()).isEmpty();
            assertThat(resultat.totaux()).as(tableau.csv()).isEqualTo(Sommes.somme(tableau.details()));
            assertThat(resultat.lignes()).isEqualTo(tableau.details().size());
            assertThat(resultat.axes()).extracting(TotalAxe::axe).containsExactlyElementsOf(tableau.parAxe().keySet());
            assertThat(resultat.axes()).extracting(TotalAxe::sommes)
                    .containsExactlyElementsOf(tableau.parAxe().values());
        }
    }

    @Test
    @DisplayName("R-FIN-1, R-FIN-2, R-FIN-3 : changer d'un centime une cellule déclarée donne exactement un constat, à cette ligne et cette colonne (seed 1)")
    void oneCentGivesExactlyOneFinding() {
        Random hasard = new Random(1L);
        int essais = 0;
        while (essais < ESSAIS) {
            Genere tableau = generer(hasard, true);
            int ligne = 1 + hasard.nextInt(tableau.lignes().size() - 1);
            String[] cellules = tableau.lignes().get(ligne);
            boolean detail = !cellules[1].isEmpty();
            Colonne colonne = detail ? Colonne.TOTAL : COLONNES.get(hasard.nextInt(COLONNES.size()));
            int index = 3 + COLONNES.indexOf(colonne);
            BigDecimal valeur = Montants.parse(cellules[index]).orElseThrow();
            BigDecimal cent = valeur.signum() == 0 || hasard.nextBoolean() ? new BigDecimal("0.01")
                    : new BigDecimal("-0.01");
            cellules[index] = ecrire(valeur.add(cent), hasard);
            essais++;

            List<Constat> constats = new VerificationTableau().verifier(tableau.octets(), sansParite).constats();

            String code = detail ? "LIGNE_TOTAL" : cellules[2].startsWith("TOTAL") ? "TOTAL_GENERAL" : "SOUS_TOTAL";
            assertThat(constats).as(tableau.csv()).singleElement().satisfies(c -> {
                assertThat(c.code()).isEqualTo(code);
                assertThat(c.ligne()).isEqualTo(ligne + 1);
                assertThat(c.colonne()).isEqualTo(colonne.cle());
                assertThat(c.ecart()).isEqualTo(cent);
            });
        }
    }

    @Test
    @DisplayName("R-FIN-3 : mélanger les lignes de détail ne change aucun total (seed 7)")
    void shufflingChangesNoTotal() {
        Random hasard = new Random(7L);
        for (int essai = 0; essai < ESSAIS; essai++) {
            Genere tableau = generer(hasard, false);
            tableau.lignes().forEach(l -> {
                if (l[0].isEmpty()) {
                    l[0] = "Axe ?";
                }
            });
            ResultatVerification avant = new VerificationTableau().verifier(tableau.octets(), sansParite);
            List<String[]> corps = new ArrayList<>(tableau.lignes().subList(1, tableau.lignes().size()));
            Collections.shuffle(corps, hasard);
            List<String[]> melange = new ArrayList<>();
            melange.add(tableau.lignes().get(0));
            melange.addAll(corps);

            ResultatVerification apres = new VerificationTableau()
                    .verifier(new Genere(melange, tableau.details(), tableau.parAxe()).octets(), sansParite);

            assertThat(apres.totaux()).isEqualTo(avant.totaux());
            assertThat(apres.totaux()).isEqualTo(Sommes.somme(tableau.details()));
            assertThat(parAxe(apres)).isEqualTo(parAxe(avant));
        }
    }

    private static Map<String, Sommes> parAxe(ResultatVerification resultat) {
        return resultat.axes().stream().collect(Collectors.toMap(TotalAxe::axe, TotalAxe::sommes));
    }
}
