package fr.pacte.avenant;

import static fr.pacte.avenant.StatutAvenant.ABANDONNE;
import static fr.pacte.avenant.StatutAvenant.ACCORD;
import static fr.pacte.avenant.StatutAvenant.DELIBERE;
import static fr.pacte.avenant.StatutAvenant.EN_REVUE;
import static fr.pacte.avenant.StatutAvenant.EN_VIGUEUR;
import static fr.pacte.avenant.StatutAvenant.PROJET;

import fr.pacte.securite.Permission;
import fr.pacte.shared.workflow.Transition;
import java.util.Optional;
import java.util.Set;

/**
 * R-WF-5: the avenant's cycle as one table (contracts/avenant.md § Transitions, DOMAIN.md §6.4): from, to, the
 * permission (roles in {@link Permission}), mandatory comment, button label. The guards that need data (no ERREUR
 * in the comparison, R-SEC-7, a complete délibération R-ADM-3/4, the signature date) are in {@link
 * TransitionnerAvenant}. A role that may never reach {@code vers} gets 403; a role that may, when the move does not
 * start from the avenant's state or a guard fails, gets 422.
 */
public enum TransitionAvenant implements Transition<StatutAvenant, Permission> {
    //                  de        vers        qui                                commentaire libellé
    SOUMETTRE(PROJET, EN_REVUE, Permission.SOUMETTRE_AVENANT, false, "avenant.action.soumettre"),
    RENVOYER(EN_REVUE, PROJET, Permission.REVOIR_AVENANT, true, "avenant.action.renvoyer"),
    ACCORDER(EN_REVUE, ACCORD, Permission.REVOIR_AVENANT, false, "avenant.action.accorder"),
    DELIBERER(ACCORD, DELIBERE, Permission.DELIBERER_AVENANT, false, "avenant.action.deliberer"),
    SIGNER(DELIBERE, EN_VIGUEUR, Permission.DELIBERER_AVENANT, false, "avenant.action.signer"),
    ABANDONNER_PROJET(PROJET, ABANDONNE, Permission.ABANDONNER_AVENANT, true, "avenant.action.abandonner"),
    ABANDONNER_EN_REVUE(EN_REVUE, ABANDONNE, Permission.ABANDONNER_AVENANT, true, "avenant.action.abandonner"),
    ABANDONNER_ACCORD(ACCORD, ABANDONNE, Permission.ABANDONNER_AVENANT, true, "avenant.action.abandonner");

    private final Mouvement<StatutAvenant, Permission> mouvement;

    TransitionAvenant(StatutAvenant de, StatutAvenant vers, Permission permission, boolean commentaireObligatoire,
            String libelle) {
        this.mouvement = new Mouvement<>(de, vers, permission, commentaireObligatoire, libelle);
    }

    @Override
    public Mouvement<StatutAvenant, Permission> mouvement() {
        return mouvement;
    }

    public static Optional<TransitionAvenant> entre(StatutAvenant de, StatutAvenant vers) {
        return Transition.entre(values(), de, vers);
    }

    /** The permissions that may ever lead to {@code vers}: without one of them the move is a 403, never a 422. */
    public static Set<Permission> permissionsVers(StatutAvenant vers) {
        return Transition.permissionsVers(values(), vers);
    }
}
