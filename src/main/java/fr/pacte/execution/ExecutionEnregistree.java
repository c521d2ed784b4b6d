package fr.pacte.execution;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** The executed lines of an exercice were replaced (JSON or file), published for the audit journal. */
public record ExecutionEnregistree(Long conventionId, int exercice, int version, String auteur,
        LocalDateTime horodatage, String source, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "EXECUTION_ENREGISTREE";
    }
}
