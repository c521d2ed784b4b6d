package fr.pacte.importation;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** Fiches an imported tableau named and a convention in ELABORATION lacked, created once the user confirmed. */
public record FichesCreees(Long conventionId, int version, String auteur, LocalDateTime horodatage,
        List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "FICHES_CREEES_PAR_IMPORT";
    }
}
