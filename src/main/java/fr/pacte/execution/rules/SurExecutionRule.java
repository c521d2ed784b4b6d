package fr.pacte.execution.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PAY-7 (upper side) Sur-exécution: an action that spent more than planned in an exercice (rate over 100 %) gets an
 * INFO {@code SUR_EXECUTION}: the State share stays capped by the plan (R-FIN-17); {@code declare} = the rate,
 * {@code calcule} = 100.
 */
public final class SurExecutionRule {

    public static final String CODE = "SUR_EXECUTION";
    public static final String REGLE = "R-PAY-7";
    private static final BigDecimal CENT = new BigDecimal("100.00");

    public List<Constat> verifier(List<ExecutionFiche> fiches) {
        List<Constat> constats = new ArrayList<>();
        for (ExecutionFiche f : fiches) {
            BigDecimal taux = f.taux();
            if (taux != null && taux.compareTo(CENT) > 0) {
                constats.add(Constats.constat(CODE, REGLE, Gravite.INFO, f.champ(), f.fiche(), taux, CENT,
                        MessagesConstats.texte("execution.constat.SUR_EXECUTION", f.fiche(), f.exercice(),
                                Montants.pourcentage(taux), Montants.format(f.execute()), Montants.format(f.prevu()))));
            }
        }
        return constats;
    }
}
