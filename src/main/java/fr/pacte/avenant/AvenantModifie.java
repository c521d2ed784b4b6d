package fr.pacte.avenant;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An avenant was created or replaced (its document written into its draft) or moved (PROJET → EN_REVUE…): published
 * for the audit journal. {@code action}: {@code AVENANT_CREE}, {@code AVENANT_MODIFIE}, {@code AVENANT_<statut>}.
 */
public record AvenantModifie(Long conventionId, int numero, int version, String action, String auteur,
        LocalDateTime horodatage, List<Changement> changements, String commentaire) implements EvenementConvention {
}
