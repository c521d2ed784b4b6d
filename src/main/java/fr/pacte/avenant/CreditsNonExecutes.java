package fr.pacte.avenant;

import fr.pacte.convention.ConventionLue;
import fr.pacte.financement.Financeur;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The hook for {@code REPORT_EXCESSIF} (R-PAY-8: never carry over more than what was not executed): the execution
 * feature (issue 11) implements it as a Spring bean; until then no bean exists and the check is skipped. Answers
 * planned − executed of the exercice of origin for the champ (and fiche when the report names one) and financeur,
 * or empty while that exercice's execution is not recorded.
 */
public interface CreditsNonExecutes {

    Optional<BigDecimal> nonExecute(ConventionLue convention, Long champId, Long ficheId, Financeur financeur,
            int exerciceOrigine);
}
