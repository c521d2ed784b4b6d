package fr.pacte.indicateur;

import fr.pacte.controle.Constat;
import fr.pacte.controle.VerificationConvention;
import fr.pacte.convention.ConventionLue;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Brings the R-IND findings to the Contrôles page and API of an exercice: those about the baseline (T0), about that
 * year's target or result, and those about an indicator as a whole (cross-annex mismatch, printed fiche reference).
 */
@Component
class VerificationIndicateurs implements VerificationConvention {

    private final IndicateurService indicateurs;

    VerificationIndicateurs(IndicateurService indicateurs) {
        this.indicateurs = indicateurs;
    }

    @Override
    public List<Constat> constats(ConventionLue convention, int annee) {
        return indicateurs.controles(convention).stream().filter(c -> concerne(c, annee)).toList();
    }

    static boolean concerne(Constat constat, int annee) {
        String colonne = constat.colonne();
        return colonne == null || colonne.equals("t0") || colonne.endsWith("_" + annee);
    }
}
