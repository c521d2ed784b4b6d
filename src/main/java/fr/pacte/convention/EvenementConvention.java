package fr.pacte.convention;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Something a write use case did to a convention, published once it is done: the audit journal records every one
 * (contracts/avenant.md § Journal), so that no write path can forget it. {@code version} is the version of the
 * convention the change went into.
 */
public interface EvenementConvention {

    Long conventionId();

    /** What was done, e.g. {@code FICHE_MODIFIEE}, {@code TABLEAU_IMPORTE}. */
    String action();

    String auteur();

    LocalDateTime horodatage();

    int version();

    List<Changement> changements();

    /** The comment or reason given with the change (a return for correction, an avenant's abandonment), if any. */
    default String commentaire() {
        return null;
    }

    /** The fiche the change is about, when it is about one fiche (the journal's page of a fiche). */
    default Long ficheId() {
        return null;
    }
}
