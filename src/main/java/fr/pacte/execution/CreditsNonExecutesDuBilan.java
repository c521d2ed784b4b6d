package fr.pacte.execution;

import fr.pacte.avenant.CreditsNonExecutes;
import fr.pacte.convention.ConventionLue;
import fr.pacte.financement.Financeur;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The avenant's {@code REPORT_EXCESSIF} check (R-PAY-8) answered from the bilan financier of the exercice. */
@Component
class CreditsNonExecutesDuBilan implements CreditsNonExecutes {

    private final BilanFinancierService bilans;

    CreditsNonExecutesDuBilan(BilanFinancierService bilans) {
        this.bilans = bilans;
    }

    @Override
    public Optional<BigDecimal> nonExecute(ConventionLue convention, Long champId, Long ficheId, Financeur financeur,
            int exerciceOrigine) {
        return bilans.nonExecute(convention, champId, ficheId, financeur, exerciceOrigine);
    }
}
