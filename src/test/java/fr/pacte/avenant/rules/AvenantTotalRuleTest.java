package fr.pacte.avenant.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.avenant.ConstatAvenant;
import fr.pacte.financement.ComparaisonVersions.Enveloppe;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.MontantConventionnel.Cle;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-FIN-22 on the Vienne's solidarités (champ 1: axes 11, 12, 13; 2024 État 238 205 / 230 000 / 110 428). */
class AvenantTotalRuleTest {

    private static final long SOL = 1L;
    private static final Enveloppe ETAT_2024 = new Enveloppe(SOL, 2024, Financeur.ETAT);

    private static BigDecimal e(String s) {
        return new BigDecimal(s).setScale(2);
    }

    private static Map<Cle, BigDecimal> montants2024(String axe2, String axe3) {
        Map<Cle, BigDecimal> m = new HashMap<>();
        m.put(new Cle(SOL, 11L, 2024, Financeur.ETAT), e("238205"));
        m.put(new Cle(SOL, 12L, 2024, Financeur.ETAT), e(axe2));
        m.put(new Cle(SOL, 13L, 2024, Financeur.ETAT), e(axe3));
        m.put(new Cle(SOL, null, 2024, Financeur.ETAT), e("578633"));
        return m;
    }

    private static List<ConstatAvenant> verifier(Map<Cle, BigDecimal> apres, String lignesApres,
            Map<Enveloppe, BigDecimal> complements) {
        Map<Cle, BigDecimal> avant = montants2024("230000", "110428");
        Set<Cle> changes = new java.util.HashSet<>();
        apres.forEach((k, v) -> {
            if (avant.get(k) == null || avant.get(k).compareTo(v) != 0) {
                changes.add(k);
            }
        });
        return new AvenantTotalRule().verifier(avant, apres, Map.of(ETAT_2024, e("578633")),
                Map.of(ETAT_2024, e(lignesApres)), complements, changes, Set.of(ETAT_2024), id -> "SOL");
    }

    @Test
    @DisplayName("R-FIN-22 — 5 000 € passés de l'axe 2 à l'axe 3 après fongibilité gardent le total : aucun constat")
    void moneyMovedBetweenAxesKeepsTheTotal() {
        assertThat(verifier(montants2024("225000", "115428"), "578633", Map.of())).isEmpty();
    }

    @Test
    @DisplayName("R-FIN-22 — l'axe 3 relevé de 10 000 € sans complément : AVENANT_TOTAL sur les montants et sur les "
            + "lignes, déclaré 578 633, calculé 588 633, écart −10 000")
    void aRaiseWithoutComplementIsAFinding() {
        assertThat(verifier(montants2024("230000", "120428"), "588633", Map.of()))
                .extracting(ConstatAvenant::code, ConstatAvenant::objet, ConstatAvenant::exercice,
                        ConstatAvenant::financeur, ConstatAvenant::declare, ConstatAvenant::calcule,
                        ConstatAvenant::ecart)
                .containsExactly(
                        tuple("AVENANT_TOTAL", "MONTANTS", 2024, "ETAT", e("578633"), e("588633"), e("-10000")),
                        tuple("AVENANT_TOTAL", "LIGNES", 2024, "ETAT", e("578633"), e("588633"), e("-10000")));
    }

    @Test
    @DisplayName("R-FIN-22 — le même relèvement déclaré par un complément de 10 000 € : aucun constat")
    void aRaiseWithItsComplementIsConsistent() {
        assertThat(verifier(montants2024("230000", "120428"), "588633", Map.of(ETAT_2024, e("10000")))).isEmpty();
    }

    @Test
    @DisplayName("R-FIN-22 — une réduction (complément −10 000 €) que les montants ne suivent pas : écart de −10 000 "
            + "sur les montants, pas sur les lignes qui l'ont suivie")
    void aReductionNotFollowedByTheMontants() {
        assertThat(verifier(montants2024("230000", "110428"), "568633", Map.of(ETAT_2024, e("-10000"))))
                .extracting(ConstatAvenant::objet, ConstatAvenant::declare, ConstatAvenant::calcule)
                .containsExactly(tuple("MONTANTS", e("568633"), e("578633")));
    }
}
