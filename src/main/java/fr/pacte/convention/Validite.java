package fr.pacte.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The versions of a convention a row belongs to: the half-open range [versionDebut, versionFin). A draft changes a
 * row of the version in force by closing it at the draft's number and adding a row from that number on, so the
 * version in force is never touched and every version stays readable (DOMAIN.md §3.2).
 */
@Embeddable
public class Validite {

    @Column(name = "version_debut")
    private int versionDebut;

    @Column(name = "version_fin")
    private Integer versionFin;

    protected Validite() {
    }

    private Validite(int versionDebut) {
        this.versionDebut = versionDebut;
    }

    /** A row that exists from version {@code numero} on. */
    public static Validite depuis(int numero) {
        return new Validite(numero);
    }

    public int getVersionDebut() {
        return versionDebut;
    }

    public Integer getVersionFin() {
        return versionFin;
    }

    public boolean visibleEn(int version) {
        return versionDebut <= version && (versionFin == null || versionFin > version);
    }

    /** True when the row was created by version {@code version} itself: it may then change in place. */
    public boolean creeeEn(int version) {
        return versionDebut == version;
    }

    /** The row no longer belongs to versions from {@code version} on. */
    public void fermer(int version) {
        if (versionFin != null || version <= versionDebut) {
            throw new IllegalStateException("Seule une ligne ouverte d'une version antérieure se ferme");
        }
        this.versionFin = version;
    }

    /** An abandoned draft gives back the rows it had closed. */
    public void rouvrir() {
        this.versionFin = null;
    }
}
