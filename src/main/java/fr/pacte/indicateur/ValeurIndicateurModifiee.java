package fr.pacte.indicateur;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** An indicator value (T0, cible or résultat of a year) was entered, changed or cleared (for the audit journal). */
public record ValeurIndicateurModifiee(Long conventionId, Long indicateurFicheId, String fiche, int version,
        String auteur, LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "VALEUR_INDICATEUR_MODIFIEE";
    }
}
