package fr.pacte.convention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which stored version a {@link SelecteurVersion} means (contracts/avenant.md). Plain Java over the list of a
 * convention's versions, so the rule is tested without a database.
 */
final class Versions {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Versions() {
    }

    /**
     * {@code version=N}: that version (404 when unknown or abandoned). {@code avenant=N}: the version of avenant N,
     * draft or signed. {@code enVigueurAu=D} (R-DATE-6): the last version in force or replaced whose entry into force
     * is on or before D; a version in force "with no start date" (the Vienne's signature date is not in the
     * documents, Q12) holds for any date before the next one; a date before any version is a 404. None: the version in
     * force today, or the draft of a convention never signed.
     */
    static VersionLue choisir(List<VersionLue> versions, SelecteurVersion s) {
        if (s.version() != null) {
            return versions.stream().filter(v -> v.numero() == s.version() && v.statut() != StatutVersion.ABANDONNEE)
                    .findFirst().orElseThrow(() -> new VersionIntrouvableException(
                            "La convention n'a pas de version " + s.version() + "."));
        }
        if (s.avenant() != null) {
            return versions.stream().filter(v -> s.avenant().equals(v.avenant()) && v.statut() != StatutVersion.ABANDONNEE)
                    .findFirst().orElseThrow(() -> new VersionIntrouvableException(
                            "La convention n'a pas d'avenant n° " + s.avenant() + "."));
        }
        if (s.enVigueurAu() != null) {
            LocalDate date = s.enVigueurAu();
            return versions.stream()
                    .filter(v -> v.statut() == StatutVersion.EN_VIGUEUR || v.statut() == StatutVersion.REMPLACEE)
                    .filter(v -> v.enVigueurDu() == null || !v.enVigueurDu().isAfter(date))
                    .max(Comparator.comparingInt(VersionLue::numero))
                    .orElseThrow(() -> new VersionIntrouvableException(
                            "Aucune version de la convention n'était en vigueur le " + DATE.format(date) + "."));
        }
        Optional<VersionLue> enVigueur = versions.stream().filter(VersionLue::enVigueur).findFirst();
        return enVigueur.or(() -> versions.stream().filter(VersionLue::brouillon).findFirst())
                .orElseThrow(() -> new VersionIntrouvableException("La convention n'a aucune version."));
    }
}
