package fr.pacte.convention;

import java.time.LocalDate;

/**
 * A version of a convention as it is read: its number, avenant, statut and the period it is (or was) in force.
 * {@code enVigueurJusquau} is the day before the next version came into force.
 */
public record VersionLue(int numero, Integer avenant, StatutVersion statut, LocalDate enVigueurDu,
        LocalDate enVigueurJusquau) {

    public boolean modifiable() {
        return statut.modifiable();
    }

    public boolean brouillon() {
        return statut == StatutVersion.BROUILLON;
    }

    public boolean enVigueur() {
        return statut == StatutVersion.EN_VIGUEUR;
    }
}
