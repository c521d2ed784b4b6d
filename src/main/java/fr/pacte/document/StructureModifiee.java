package fr.pacte.document;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A change of the structure of a convention in ELABORATION made in the screens (a champ, an axe, a fiche, the
 * identity, the montants conventionnels), for the audit journal; {@code action} says which (CHAMP_AJOUTE…).
 */
public record StructureModifiee(Long conventionId, String action, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {
}
