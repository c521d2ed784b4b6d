package fr.pacte.financement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A fiche's planned budget as a grid: one row per axe × exercice, one amount per column (financeur × nature, and the
 * organisme of an AUTRE financeur), the row total and the justification of a year without money (R-FIN-18). Only the
 * lines of one version, stade PREVU.
 */
public record BudgetFiche(List<Colonne> colonnes, List<Rangee> rangees, Sommes totaux) {

    public BudgetFiche {
        colonnes = List.copyOf(colonnes);
        rangees = List.copyOf(rangees);
    }

    /**
     * A column of the grid. {@code organisme} names the AUTRE financeur (CAF…); the standard columns are always shown,
     * the others only when a line needs them.
     */
    public record Colonne(ColonneBudget colonne, String organisme, boolean standard) {

        public Financeur financeur() {
            return colonne.financeur();
        }

        public Nature nature() {
            return colonne.nature();
        }
    }

    public record Rangee(Long axeId, String axe, int exercice, boolean alloue, Map<Colonne, BigDecimal> montants,
            String justification, Sommes sommes) {

        public BigDecimal montant(Colonne colonne) {
            return montants.get(colonne);
        }
    }

    public List<Colonne> standards() {
        return colonnes.stream().filter(Colonne::standard).toList();
    }

    public List<Colonne> supplementaires() {
        return colonnes.stream().filter(c -> !c.standard()).toList();
    }
}
