package fr.pacte.avenant.rules;

import fr.pacte.avenant.ConstatAvenant;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * R-PAY-8 Report de crédits: carried over only by an avenant, never beyond the champ's end ({@code
 * REPORT_HORS_PERIODE}: a 2027 → 2028 report on the Vienne's solidarités, which end on 31/12/2027, is refused), and
 * never more than what was not executed in the exercice of origin once its execution is recorded ({@code
 * REPORT_EXCESSIF}; the execution feature says how much was not executed, see {@code CreditsNonExecutes}).
 */
public final class ReportRule {

    public static final String HORS_PERIODE = "REPORT_HORS_PERIODE";
    public static final String EXCESSIF = "REPORT_EXCESSIF";
    public static final String REGLE = "R-PAY-8";

    /** A report as the rule sees it; {@code dernierExercice} is the champ's last exercice. */
    public record Report(String chemin, String champ, String fiche, String financeur, int exerciceOrigine,
            int exerciceDestination, BigDecimal montant, int dernierExercice, String libelleFin) {
    }

    public Optional<ConstatAvenant> horsPeriode(Report r) {
        if (r.exerciceDestination() <= r.dernierExercice()) {
            return Optional.empty();
        }
        return Optional.of(new ConstatAvenant(HORS_PERIODE, REGLE, Gravite.ERREUR, "REPORTS", r.chemin(), r.champ(),
                r.exerciceDestination(), r.financeur(), r.fiche(), null, null, null,
                MessagesConstats.texte("REPORT_HORS_PERIODE", AvenantTotalRule.euros(r.montant()), r.exerciceOrigine(),
                        r.exerciceDestination(), r.champ(), r.libelleFin())));
    }

    /** {@code nonExecute}: planned minus executed in the exercice of origin, when its execution is recorded. */
    public Optional<ConstatAvenant> excessif(Report r, Optional<BigDecimal> nonExecute) {
        if (nonExecute.isEmpty() || r.montant().compareTo(nonExecute.get()) <= 0) {
            return Optional.empty();
        }
        BigDecimal ecart = nonExecute.get().subtract(r.montant());
        return Optional.of(new ConstatAvenant(EXCESSIF, REGLE, Gravite.ERREUR, "REPORTS", r.chemin(), r.champ(),
                r.exerciceOrigine(), r.financeur(), r.fiche(), nonExecute.get().setScale(2), r.montant(),
                ecart.setScale(2), MessagesConstats.texte("REPORT_EXCESSIF", AvenantTotalRule.euros(r.montant()),
                        r.exerciceOrigine(), AvenantTotalRule.euros(nonExecute.get()))));
    }
}
