package fr.pacte.rapport;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A report was created, its narratives written, or it moved in its cycle (RAPPORT_CREE, RAPPORT_TRANSMIS…). */
public record RapportModifie(Long conventionId, int numero, String action, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {
}
