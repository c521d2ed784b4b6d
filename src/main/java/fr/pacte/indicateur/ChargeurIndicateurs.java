package fr.pacte.indicateur;

import fr.pacte.convention.Convention;
import fr.pacte.convention.ConventionService;
import org.springframework.stereotype.Component;

/**
 * Loads the indicators of a convention through the convention feature's scoped service: a convention outside the
 * user's périmètre is answered 404 before any indicator is read (R-SEC-2). Callers hold the transaction.
 */
@Component
class ChargeurIndicateurs {

    private final ConventionService conventions;
    private final IndicateurFicheRepository liens;
    private final ValeurIndicateurRepository valeurs;
    private final ValeurDeclareeRepository declarees;

    ChargeurIndicateurs(ConventionService conventions, IndicateurFicheRepository liens,
            ValeurIndicateurRepository valeurs, ValeurDeclareeRepository declarees) {
        this.conventions = conventions;
        this.liens = liens;
        this.valeurs = valeurs;
        this.declarees = declarees;
    }

    Donnees charger(Long conventionId) {
        Convention convention = conventions.convention(conventionId);
        return new Donnees(convention, conventions.fiches(conventionId), liens.findByConventionId(conventionId),
                valeurs.findByIndicateurFicheConventionId(conventionId),
                declarees.findByIndicateurFicheConventionId(conventionId));
    }
}
