package fr.pacte.document;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A convention created from its document (JSON, workbook or the screens' first step), for the audit journal. */
public record ConventionCreee(Long conventionId, String numero, String source, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "CONVENTION_CREEE";
    }
}
