package fr.pacte.document;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A convention in ELABORATION whose structure, lines and indicators were replaced by a document (PUT). */
public record DocumentRemplace(Long conventionId, String numero, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "DOCUMENT_REMPLACE";
    }
}
