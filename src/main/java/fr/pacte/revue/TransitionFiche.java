package fr.pacte.revue;

import static fr.pacte.revue.StatutRevue.A_CORRIGER;
import static fr.pacte.revue.StatutRevue.BROUILLON;
import static fr.pacte.revue.StatutRevue.EN_MODIFICATION;
import static fr.pacte.revue.StatutRevue.EN_REVUE;
import static fr.pacte.revue.StatutRevue.SOUMISE;
import static fr.pacte.revue.StatutRevue.VALIDEE;

import fr.pacte.securite.Permission;
import fr.pacte.shared.workflow.Transition;
import java.util.Optional;
import java.util.Set;

/**
 * R-WF-1: the review of a fiche-action as one table (DOMAIN.md §6.3, contracts/avenant.md § Review): from, to, the
 * permission that makes the move (its roles are in {@link Permission}), whether a comment is mandatory, and the
 * button's label. Any other move is refused. The guards that need data (R-WF-3 no ERREUR and mandatory fields,
 * R-WF-2 no contested line, R-SEC-7 not the author) are checked by {@link PasserFiche}.
 */
public enum TransitionFiche implements Transition<StatutRevue, Permission> {
    //         de               vers             qui                           commentaire  libellé
    SOUMETTRE(BROUILLON, SOUMISE, Permission.SOUMETTRE_FICHE, false, "revue.action.soumettre"),
    RETIRER(SOUMISE, BROUILLON, Permission.SOUMETTRE_FICHE, false, "revue.action.retirer"),
    OUVRIR(SOUMISE, EN_REVUE, Permission.OUVRIR_REVUE_FICHE, false, "revue.action.ouvrir"),
    RENVOYER(EN_REVUE, A_CORRIGER, Permission.RENVOYER_FICHE, true, "revue.action.renvoyer"),
    RESOUMETTRE(A_CORRIGER, SOUMISE, Permission.SOUMETTRE_FICHE, false, "revue.action.resoumettre"),
    VALIDER(EN_REVUE, VALIDEE, Permission.VALIDER_FICHE, false, "revue.action.valider"),
    ROUVRIR(VALIDEE, EN_MODIFICATION, Permission.ROUVRIR_FICHE, true, "revue.action.rouvrir"),
    SOUMETTRE_MODIFICATION(EN_MODIFICATION, SOUMISE, Permission.SOUMETTRE_FICHE, false, "revue.action.soumettre");

    private final Mouvement<StatutRevue, Permission> mouvement;

    TransitionFiche(StatutRevue de, StatutRevue vers, Permission permission, boolean commentaireObligatoire,
            String libelle) {
        this.mouvement = new Mouvement<>(de, vers, permission, commentaireObligatoire, libelle);
    }

    @Override
    public Mouvement<StatutRevue, Permission> mouvement() {
        return mouvement;
    }

    public static Optional<TransitionFiche> entre(StatutRevue de, StatutRevue vers) {
        return Transition.entre(values(), de, vers);
    }

    /** The permissions that may ever lead to {@code vers}: without one of them the move is a 403, never a 422. */
    public static Set<Permission> permissionsVers(StatutRevue vers) {
        return Transition.permissionsVers(values(), vers);
    }
}
