package fr.pacte.fiche;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A fiche's description, axes or money changed through its form (published for the audit journal). */
public record FicheModifiee(Long conventionId, Long ficheId, String numero, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "FICHE_MODIFIEE";
    }
}
