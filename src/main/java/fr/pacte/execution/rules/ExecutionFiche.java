package fr.pacte.execution.rules;

import java.math.BigDecimal;

/**
 * What the execution rules read of one action in one exercice: its planned and executed totals (all axes summed),
 * its État share of both, the champ's threshold (percent) and whether a justification was recorded.
 */
public record ExecutionFiche(String champ, Long ficheId, String fiche, String intitule, int exercice,
        BigDecimal prevu, BigDecimal execute, BigDecimal etatPrevu, BigDecimal etatExecute, BigDecimal seuil,
        boolean justifiee) {

    public BigDecimal taux() {
        return fr.pacte.execution.Taux.execution(prevu, execute);
    }
}
