package fr.pacte.fiche;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.financement.BudgetFiche;

/**
 * R-WF-9: the fiche changed since the form was opened. Nothing was saved; it carries the fiche as it is now (the other
 * person's values, who and when) so that the form shows them next to what was typed.
 */
public class ModificationConcurrenteException extends RuntimeException {

    private final transient ConventionLue convention;
    private final transient FicheLue actuelle;
    private final transient BudgetFiche budget;

    ModificationConcurrenteException(ConventionLue convention, FicheLue actuelle, BudgetFiche budget) {
        super("La fiche " + actuelle.numero() + " a été modifiée entre-temps");
        this.convention = convention;
        this.actuelle = actuelle;
        this.budget = budget;
    }

    public ConventionLue convention() {
        return convention;
    }

    public FicheLue actuelle() {
        return actuelle;
    }

    public BudgetFiche budget() {
        return budget;
    }
}
