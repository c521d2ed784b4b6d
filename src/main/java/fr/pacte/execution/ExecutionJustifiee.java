package fr.pacte.execution;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A sous-consommation was justified (R-PAY-7), published for the audit journal. */
public record ExecutionJustifiee(Long conventionId, Long ficheId, int exercice, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "SOUS_CONSOMMATION_JUSTIFIEE";
    }
}
