package fr.pacte.versement;

import fr.pacte.convention.Changement;
import fr.pacte.convention.EvenementConvention;
import java.time.LocalDateTime;
import java.util.List;

/** A versement was ordered, paid or cancelled by FINANCES_ETAT (for the audit journal). */
public record VersementModifie(Long conventionId, Long versementId, StatutVersement vers, int version, String auteur,
        LocalDateTime horodatage, List<Changement> changements) implements EvenementConvention {

    @Override
    public String action() {
        return "VERSEMENT_" + vers.name();
    }
}
