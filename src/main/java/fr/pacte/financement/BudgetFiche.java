package fr.pacte.financement;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A fiche's budget as a grid: one row per axe × exercice, one amount per {@link ColonneBudget}, the row total and
 * the justification of a year without money (R-FIN-18).
 */
public record BudgetFiche(List<Rangee> rangees, Sommes totaux) {

    public record Rangee(Long axeId, String axe, int exercice, Map<ColonneBudget, BigDecimal> montants,
            String justification, Sommes sommes) {

        public BigDecimal montant(ColonneBudget colonne) {
            return montants.getOrDefault(colonne, null);
        }
    }

    /** One typed cell of the grid, ready to become a line. */
    public record MontantSaisi(Long axeId, int exercice, ColonneBudget colonne, BigDecimal montant) {
    }

    /** The justification typed for an axe and exercice without money. */
    public record JustificationSaisie(Long axeId, int exercice, String texte) {
    }

    static Map<ColonneBudget, BigDecimal> vide() {
        return new EnumMap<>(ColonneBudget.class);
    }
}
