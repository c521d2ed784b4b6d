package fr.pacte.avenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.securite.Permission;
import fr.pacte.securite.Role;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransitionAvenantTest {

    @Test
    @DisplayName("R-WF-5 — la table de l'avenant n'a pas de doublon ; tout état est atteint depuis PROJET ; EN_VIGUEUR et "
            + "ABANDONNE sont les seules fins ; on abandonne depuis PROJET, EN_REVUE et ACCORD, avec un commentaire")
    void theTableIsSound() {
        Set<List<StatutAvenant>> vus = new HashSet<>();
        Set<StatutAvenant> atteints = EnumSet.of(StatutAvenant.PROJET);
        for (TransitionAvenant t : TransitionAvenant.values()) {
            assertThat(vus.add(List.of(t.de(), t.vers()))).as("doublon " + t).isTrue();
            atteints.add(t.vers());
        }
        assertThat(atteints).containsExactlyInAnyOrder(StatutAvenant.values());
        Set<StatutAvenant> sansIssue = EnumSet.allOf(StatutAvenant.class);
        for (TransitionAvenant t : TransitionAvenant.values()) {
            sansIssue.remove(t.de());
        }
        assertThat(sansIssue).containsExactlyInAnyOrder(StatutAvenant.EN_VIGUEUR, StatutAvenant.ABANDONNE);
        assertThat(EnumSet.allOf(TransitionAvenant.class).stream().filter(t -> t.vers() == StatutAvenant.ABANDONNE)
                .map(TransitionAvenant::de)).containsExactlyInAnyOrder(StatutAvenant.PROJET, StatutAvenant.EN_REVUE,
                StatutAvenant.ACCORD);
        assertThat(EnumSet.allOf(TransitionAvenant.class).stream().filter(t -> t.vers() == StatutAvenant.ABANDONNE))
                .allMatch(TransitionAvenant::commentaireObligatoire);
        assertThat(TransitionAvenant.RENVOYER.commentaireObligatoire()).isTrue();
    }

    @Test
    @DisplayName("contracts/avenant.md — le Département soumet, la préfecture accorde ou renvoie, les finances du "
            + "Département délibèrent et signent ; chaque partie peut abandonner")
    void whoMayDoWhat() {
        assertThat(TransitionAvenant.permissionsVers(StatutAvenant.EN_REVUE)).containsExactly(Permission.SOUMETTRE_AVENANT);
        assertThat(Permission.SOUMETTRE_AVENANT.accordeeA(Role.VALIDEUR_DEPARTEMENT)).isTrue();
        assertThat(Permission.SOUMETTRE_AVENANT.accordeeA(Role.AGENT_DEPARTEMENT)).isTrue();
        assertThat(Permission.REVOIR_AVENANT.accordeeA(Role.AGENT_PREFECTURE_REGION)).isTrue();
        assertThat(Permission.REVOIR_AVENANT.accordeeA(Role.FINANCES_DEPARTEMENT)).isFalse();
        assertThat(Permission.DELIBERER_AVENANT.accordeeA(Role.FINANCES_DEPARTEMENT)).isTrue();
        assertThat(Permission.DELIBERER_AVENANT.accordeeA(Role.FINANCES_ETAT)).isFalse();
        assertThat(Permission.ABANDONNER_AVENANT.accordeeA(Role.AGENT_PREFECTURE_DEPARTEMENT)).isTrue();
        assertThat(Permission.ABANDONNER_AVENANT.accordeeA(Role.VALIDEUR_DEPARTEMENT)).isTrue();
        assertThat(Permission.PREPARER_AVENANT.accordeeA(Role.AGENT_PREFECTURE_DEPARTEMENT)).isFalse();
    }
}
