package fr.pacte.imputation;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A State imputation, an EJ, a departmental imputation or the payee account changed (for the audit journal). */
public record ImputationModifiee(Long conventionId, String action, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {
}
