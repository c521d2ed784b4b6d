package fr.pacte.revue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.securite.Permission;
import fr.pacte.securite.Role;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The review's table (STYLE.md §2: one test loads the real table and rejects what GLA-OPS's tables hold). */
class TransitionFicheTest {

    @Test
    @DisplayName("R-WF-1 — la table de la revue n'a ni doublon, ni état inatteignable depuis BROUILLON, ni état sans issue")
    void theTableIsSound() {
        Set<List<StatutRevue>> vus = new HashSet<>();
        for (TransitionFiche t : TransitionFiche.values()) {
            assertThat(vus.add(List.of(t.de(), t.vers()))).as("doublon " + t).isTrue();
        }
        Set<StatutRevue> atteints = EnumSet.of(StatutRevue.BROUILLON);
        Deque<StatutRevue> aVoir = new ArrayDeque<>(atteints);
        while (!aVoir.isEmpty()) {
            StatutRevue de = aVoir.pop();
            for (TransitionFiche t : TransitionFiche.values()) {
                if (t.de() == de && atteints.add(t.vers())) {
                    aVoir.push(t.vers());
                }
            }
        }
        assertThat(atteints).containsExactlyInAnyOrder(StatutRevue.values());
        for (StatutRevue s : StatutRevue.values()) {
            assertThat(TransitionFiche.values()).as("issue depuis " + s).anyMatch(t -> t.de() == s);
        }
    }

    @Test
    @DisplayName("contracts/avenant.md — qui fait quoi : le valideur soumet, la DDETS ouvre et valide, la préfecture "
            + "(département ou région) renvoie avec un commentaire ; jamais l'administrateur (R-SEC-6)")
    void whoMayDoWhat() {
        assertThat(TransitionFiche.entre(StatutRevue.BROUILLON, StatutRevue.SOUMISE)).get()
                .extracting(TransitionFiche::permission).isEqualTo(Permission.SOUMETTRE_FICHE);
        assertThat(Permission.SOUMETTRE_FICHE.accordeeA(Role.VALIDEUR_DEPARTEMENT)).isTrue();
        assertThat(Permission.SOUMETTRE_FICHE.accordeeA(Role.AGENT_DEPARTEMENT)).isFalse();
        assertThat(Permission.VALIDER_FICHE.accordeeA(Role.AGENT_PREFECTURE_DEPARTEMENT)).isTrue();
        assertThat(Permission.VALIDER_FICHE.accordeeA(Role.AGENT_PREFECTURE_REGION)).isFalse();
        assertThat(Permission.RENVOYER_FICHE.accordeeA(Role.AGENT_PREFECTURE_REGION)).isTrue();
        assertThat(TransitionFiche.RENVOYER.commentaireObligatoire()).isTrue();
        assertThat(TransitionFiche.ROUVRIR.commentaireObligatoire()).isTrue();
        assertThat(TransitionFiche.VALIDER.commentaireObligatoire()).isFalse();
        for (TransitionFiche t : TransitionFiche.values()) {
            assertThat(t.permission().accordeeA(Role.ADMIN)).as(t.name()).isFalse();
        }
        assertThat(TransitionFiche.entre(StatutRevue.BROUILLON, StatutRevue.VALIDEE)).isEmpty();
    }

    @Test
    @DisplayName("R-WF-4 — une fiche soumise, en revue ou validée ne se modifie pas ; brouillon, à corriger ou rouverte, si")
    void whichStatesMayChange() {
        assertThat(EnumSet.allOf(StatutRevue.class).stream().filter(StatutRevue::modifiable))
                .containsExactlyInAnyOrder(StatutRevue.BROUILLON, StatutRevue.A_CORRIGER, StatutRevue.EN_MODIFICATION);
    }
}
