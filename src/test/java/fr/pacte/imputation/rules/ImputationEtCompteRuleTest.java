package fr.pacte.imputation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.controle.Constat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImputationEtCompteRuleTest {

    private static final String SIRET = "22860001100016";

    private static CompteBancaireRule.Compte vienne(String iban) {
        return new CompteBancaireRule.Compte(iban, "BDFEFRPPCCT", "30001", "00639", "D8690000000", "81",
                "228 600 011 00016");
    }

    @Test
    @DisplayName("FX-25, R-PAY-6 — IBAN FR75 3000 1006 39D8 6900 0000 081 ✓, clé RIB (D → 4) = 81 ✓, BIC ✓, SIRET Luhn "
            + "et égal à celui du Département ✓")
    void vienneAccountIsValid() {
        assertThat(CompteBancaireRule.ibanValide("FR75 3000 1006 39D8 6900 0000 081")).isTrue();
        assertThat(CompteBancaireRule.cleRib("30001", "00639", "D8690000000")).isEqualTo(81);
        assertThat(CompteBancaireRule.siretValide("22860001100016")).isTrue();
        assertThat(new CompteBancaireRule().verifier(vienne("FR75 3000 1006 39D8 6900 0000 081"), SIRET)).isEmpty();
    }

    @Test
    @DisplayName("FX-25 — le dernier chiffre de l'IBAN changé en 2 → ERREUR IBAN_INVALIDE ; un autre SIRET → SIRET_DIFFERENT")
    void wrongDigitIsAnError() {
        List<Constat> constats = new CompteBancaireRule().verifier(vienne("FR75 3000 1006 39D8 6900 0000 082"), SIRET);
        assertThat(constats).extracting(Constat::code).containsExactly("IBAN_INVALIDE");
        assertThat(constats.get(0).gravite()).isEqualTo(fr.pacte.controle.Gravite.ERREUR);
        assertThat(new CompteBancaireRule().verifier(vienne("FR753000100639D869000000081"), "21860194000014"))
                .extracting(Constat::code).containsExactly("SIRET_DIFFERENT");
        assertThat(CompteBancaireRule.siretValide("22860001100017")).isFalse();
    }

    @Test
    @DisplayName("FX-24, R-PAY-5 — « MI6DDETS8 6 » lu « MI6DDETS86 » (avertissement) ; « MI6DDETSXX » marque de modèle qui "
            + "bloque l'ordonnancement ; « 304-50-23-23-01 » = « 030450232301 »")
    void stateImputationQuality() {
        ImputationEtatRule regle = new ImputationEtatRule();
        List<Constat> sol = regle.verifier(new ImputationEtatRule.Imputation("SOL", "304", "0304-D033-DR33",
                "MI6DDETS8 6", "0304-23", "030450232301"));
        assertThat(sol).extracting(Constat::code).containsExactly("IMPUTATION_NORMALISEE");
        assertThat(sol.get(0).message()).contains("MI6DDETS86");
        assertThat(ImputationEtatRule.bloque(sol)).isFalse();
        List<Constat> ft = regle.verifier(new ImputationEtatRule.Imputation("FT", "102", "0102-DR33-DR33", "MI6DDETSXX",
                "0102-02-01", "010200002501"));
        assertThat(ft).extracting(Constat::code).containsExactly("MARQUEUR_MODELE");
        assertThat(ImputationEtatRule.bloque(ft)).isTrue();
        assertThat(ImputationEtatRule.memeActivite("304-50-23-23-01", "030450232301")).isTrue();
        assertThat(regle.verifier(new ImputationEtatRule.Imputation("FT", "102", null, "MI6DDETS86", "0102-02-01",
                "0102")).stream().map(Constat::code)).containsOnly("IMPUTATION_INCOMPLETE");
    }
}
