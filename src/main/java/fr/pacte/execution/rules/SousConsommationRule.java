package fr.pacte.execution.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PAY-7 Sous-consommation: an action whose execution rate (exécuté / prévu, per action and exercice) is under the
 * champ's threshold (default 80 %) and has no justification recorded for that exercice gets an AVERTISSEMENT
 * {@code SOUS_CONSOMMATION} ("réduction possible N+1"); {@code declare} = the rate, {@code calcule} = the threshold.
 * A documented ramp-up is a justification (fiche 12 starts in September 2024, L1331).
 */
public final class SousConsommationRule {

    public static final String CODE = "SOUS_CONSOMMATION";
    public static final String REGLE = "R-PAY-7";

    public List<Constat> verifier(List<ExecutionFiche> fiches) {
        List<Constat> constats = new ArrayList<>();
        for (ExecutionFiche f : fiches) {
            BigDecimal taux = f.taux();
            if (taux == null || f.justifiee() || taux.compareTo(f.seuil()) >= 0) {
                continue;
            }
            BigDecimal seuil = f.seuil().setScale(2, RoundingMode.HALF_UP);
            constats.add(Constats.constat(CODE, REGLE, Gravite.AVERTISSEMENT, f.champ(), f.fiche(), taux, seuil,
                    MessagesConstats.texte("execution.constat.SOUS_CONSOMMATION", f.fiche(), f.exercice(),
                            Montants.pourcentage(taux), Montants.pourcentage(seuil))));
        }
        return constats;
    }
}
