package fr.pacte.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmpreinteTest {

    private static EntreeJournal entree(long id, String avant, String apres) {
        return new EntreeJournal(id, LocalDateTime.of(2025, 3, 14, 10, 30, 0, 123456000), 1L, 1, 13L,
                "agent.prefecture", "AGENT_PREFECTURE_DEPARTEMENT", "LIGNE_CONTESTEE", "LIGNE", 42L,
                "revue montant 2025 DEPARTEMENT", avant, apres, "c'est une valorisation", null, null);
    }

    @Test
    @DisplayName("R-SEC-10 — l'empreinte est le SHA-256 (64 caractères hexadécimaux) du contenu et de la précédente : "
            + "elle change si un champ ou la précédente change, pas sinon")
    void theHashCoversTheContentAndThePreviousHash() {
        EntreeJournal premiere = entree(1, "NON_REVUE", "CONTESTEE").chainee(null);
        assertThat(premiere.hash()).matches("[0-9a-f]{64}");
        assertThat(entree(1, "NON_REVUE", "CONTESTEE").chainee(null).hash()).isEqualTo(premiere.hash());
        assertThat(entree(1, "NON_REVUE", "ACCEPTEE").chainee(null).hash()).isNotEqualTo(premiere.hash());
        EntreeJournal seconde = entree(2, "NON_REVUE", "CONTESTEE").chainee(premiere.hash());
        assertThat(seconde.hashPrecedent()).isEqualTo(premiere.hash());
        assertThat(entree(2, "NON_REVUE", "CONTESTEE").chainee("0".repeat(64)).hash()).isNotEqualTo(seconde.hash());
    }

    @Test
    @DisplayName("R-SEC-10 — deux contenus différents ne s'écrivent jamais pareil : un champ vide n'est pas un champ absent, "
            + "et un séparateur dans un texte ne décale pas les champs")
    void fieldsAreUnambiguous() {
        assertThat(entree(1, "", null).chainee(null).hash()).isNotEqualTo(entree(1, null, "").chainee(null).hash());
        assertThat(entree(1, "a|b", "c").chainee(null).hash()).isNotEqualTo(entree(1, "a", "b|c").chainee(null).hash());
    }
}
