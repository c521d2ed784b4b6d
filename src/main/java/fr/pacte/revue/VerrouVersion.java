package fr.pacte.revue;

import fr.pacte.convention.ConventionLue;
import java.util.Optional;

/**
 * A feature that may lock the draft a change would go into, whatever the fiche's own review says: the avenant whose
 * draft it is, once agreed (contracts/avenant.md). Implemented outside revue so that revue does not depend on it.
 */
public interface VerrouVersion {

    /** Why a change of this fiche (null: a line without fiche) is refused in {@code ecriture}, if it is. */
    Optional<String> motif(ConventionLue ecriture, Long ficheId, StatutRevue statutFiche);
}
