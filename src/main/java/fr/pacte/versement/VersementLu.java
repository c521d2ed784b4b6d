package fr.pacte.versement;

import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.TypeVersement;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment as shown (contracts/execution-rapport.md § Payments): its computed amount (or the amount frozen at
 * ordering), condition, statut and French reason; {@code montantPrevu} is the amount before any R-PAY-9 reduction.
 */
public record VersementLu(Long id, Long champId, String champ, int exercice, String libelleExercice, int ordre,
        TypeVersement type, BigDecimal pourcentage, BigDecimal montant, BigDecimal montantPrevu,
        ConditionVersement condition, StatutVersement statut, String motif, String ej, LocalDate dateOrdonnancement,
        LocalDate datePaiement, String commentaire) {

    public boolean reduit() {
        return montantPrevu != null && montant.compareTo(montantPrevu) != 0;
    }
}
