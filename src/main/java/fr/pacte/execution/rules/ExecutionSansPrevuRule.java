package fr.pacte.execution.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.shared.Montants;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PAY-7 / R-FIN-18 Executed money on an action with nothing planned in that exercice: AVERTISSEMENT
 * {@code EXECUTION_SANS_PREVU} ({@code declare} = the executed total, {@code calcule} = 0). Fiche 13 is funded in
 * 2025 only: money spent on it in 2024 is shown.
 */
public final class ExecutionSansPrevuRule {

    public static final String CODE = "EXECUTION_SANS_PREVU";
    public static final String REGLE = "R-PAY-7";

    public List<Constat> verifier(List<ExecutionFiche> fiches) {
        List<Constat> constats = new ArrayList<>();
        for (ExecutionFiche f : fiches) {
            if (f.prevu().signum() == 0 && f.execute().signum() > 0) {
                constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, f.champ(), f.fiche(), f.execute(),
                        Montants.ZERO, MessagesConstats.texte("execution.constat.EXECUTION_SANS_PREVU",
                                f.fiche() == null ? "—" : f.fiche(), f.exercice(), Montants.format(f.execute()))));
            }
        }
        return constats;
    }
}
