package fr.pacte.convention;

import java.time.LocalDate;

/**
 * Which version of a convention a read shows (contracts/avenant.md): {@code ?version=N}, {@code ?enVigueurAu=D},
 * {@code ?avenant=N} (the convention as it would be once draft N is signed), or none of them: the version in force
 * today, or the draft of a convention never signed. Resolved once per request by {@link ConventionService}.
 */
public record SelecteurVersion(Integer version, LocalDate enVigueurAu, Integer avenant) {

    public static final SelecteurVersion COURANTE = new SelecteurVersion(null, null, null);

    public SelecteurVersion {
        int donnes = (version != null ? 1 : 0) + (enVigueurAu != null ? 1 : 0) + (avenant != null ? 1 : 0);
        if (donnes > 1) {
            throw new IllegalArgumentException("version, enVigueurAu et avenant s'excluent");
        }
    }

    public static SelecteurVersion version(int numero) {
        return new SelecteurVersion(numero, null, null);
    }

    public static SelecteurVersion enVigueurAu(LocalDate date) {
        return new SelecteurVersion(null, date, null);
    }

    public static SelecteurVersion avenant(int numero) {
        return new SelecteurVersion(null, null, numero);
    }

    public boolean courante() {
        return version == null && enVigueurAu == null && avenant == null;
    }

    /** The query string that selects the same version again ("version=1"), or "" for the current one. */
    public String parametre() {
        if (version != null) {
            return "version=" + version;
        }
        if (enVigueurAu != null) {
            return "enVigueurAu=" + enVigueurAu;
        }
        return avenant != null ? "avenant=" + avenant : "";
    }
}
