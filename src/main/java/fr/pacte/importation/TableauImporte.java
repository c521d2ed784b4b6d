package fr.pacte.importation;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A tableau financier was imported as the planned lines of one exercice (published for the audit journal). */
public record TableauImporte(Long conventionId, int exercice, int version, String auteur, LocalDateTime horodatage,
        String fichier, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "TABLEAU_IMPORTE";
    }
}
