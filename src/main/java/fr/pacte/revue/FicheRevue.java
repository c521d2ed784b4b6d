package fr.pacte.revue;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A fiche's review moved, or one of its lines was accepted, contested or answered (published for the audit journal):
 * {@code action} is {@code FICHE_<statut>} or {@code LIGNE_<statut>}, {@code LIGNE_REPONSE}.
 */
public record FicheRevue(Long conventionId, Long ficheId, String numero, int version, String action, String auteur,
        LocalDateTime horodatage, List<Changement> changements, String commentaire) implements EvenementConvention {
}
