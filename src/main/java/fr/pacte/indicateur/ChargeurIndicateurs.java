package fr.pacte.indicateur;

import fr.pacte.convention.ConventionLue;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Loads the indicators of a convention for the scoped snapshot of one version (already checked against the user's
 * périmètre by the convention feature, R-SEC-2). Callers hold the transaction.
 */
@Component
class ChargeurIndicateurs {

    private final IndicateurFicheRepository liens;
    private final ValeurIndicateurRepository valeurs;
    private final ValeurDeclareeRepository declarees;

    ChargeurIndicateurs(IndicateurFicheRepository liens, ValeurIndicateurRepository valeurs,
            ValeurDeclareeRepository declarees) {
        this.liens = liens;
        this.valeurs = valeurs;
        this.declarees = declarees;
    }

    Donnees charger(ConventionLue convention) {
        return new Donnees(convention, liens.findByConventionId(convention.id()),
                valeurs.findByIndicateurFicheConventionId(convention.id()),
                declarees.findByIndicateurFicheConventionId(convention.id()));
    }

    /** Only the indicators of one fiche, with their values (the fiche page). */
    Donnees chargerFiche(ConventionLue convention, Long ficheId) {
        List<IndicateurFiche> deLaFiche = liens.findByConventionIdAndFicheId(convention.id(), ficheId);
        List<Long> ids = deLaFiche.stream().map(IndicateurFiche::getId).toList();
        return new Donnees(convention, deLaFiche, ids.isEmpty() ? List.of() : valeurs.findByIndicateurFicheIdIn(ids),
                List.of());
    }
}
