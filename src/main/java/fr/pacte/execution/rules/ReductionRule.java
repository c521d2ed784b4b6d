package fr.pacte.execution.rules;

import fr.pacte.execution.BilanFinancier.Reduction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PAY-12 Non-execution: per action, the State money allocated and not executed (État prévu − État exécuté, when
 * positive) is proposed for a reduction of later subsidies "à due concurrence" or a repayment, decided by the State.
 * Fiche 14 not executed in 2024 → 20 000 € État proposed (L316).
 */
public final class ReductionRule {

    public static final String REGLE = "R-PAY-12";

    public List<Reduction> proposer(List<ExecutionFiche> fiches) {
        List<Reduction> reductions = new ArrayList<>();
        for (ExecutionFiche f : fiches) {
            BigDecimal reste = f.etatPrevu().subtract(f.etatExecute());
            if (reste.signum() > 0) {
                reductions.add(new Reduction(f.champ(), f.ficheId(), f.fiche(), f.intitule(), f.etatPrevu(),
                        f.etatExecute(), reste));
            }
        }
        return reductions;
    }
}
