package fr.pacte.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/**
 * A consolidated state of a convention: v0 is the initial text, each signed avenant makes v(n) (DOMAIN.md §3.2). The
 * rows of the versioned tables say which versions they belong to ({@link Validite}); this row only names the version,
 * its avenant, its statut and the date it came into force (R-DATE-6).
 */
@Entity
public class ConventionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private int numero;

    private Integer avenantNumero;

    @Enumerated(EnumType.STRING)
    private StatutVersion statut;

    private LocalDate dateEntreeVigueur;

    protected ConventionVersion() {
    }

    /**
     * Version 0 of a new convention: its draft while it is being drafted, or in force from its signature date when it
     * was signed on paper before being entered ({@code date} null when the documents do not give it: never invented).
     */
    static ConventionVersion initiale(Long conventionId, boolean signee, LocalDate date) {
        ConventionVersion v = brouillon(conventionId, 0);
        if (signee) {
            v.statut = StatutVersion.EN_VIGUEUR;
            v.dateEntreeVigueur = date;
        }
        return v;
    }

    /** The draft that follows {@code precedente}: the first change to a signed convention opens it. */
    static ConventionVersion brouillon(Long conventionId, int numero) {
        ConventionVersion v = new ConventionVersion();
        v.conventionId = conventionId;
        v.numero = numero;
        v.statut = StatutVersion.BROUILLON;
        return v;
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public int getNumero() {
        return numero;
    }

    public Integer getAvenantNumero() {
        return avenantNumero;
    }

    public StatutVersion getStatut() {
        return statut;
    }

    public LocalDate getDateEntreeVigueur() {
        return dateEntreeVigueur;
    }

    /** The avenant feature gives the draft its avenant. */
    public void rattacherAvenant(int numeroAvenant) {
        exigerBrouillon();
        this.avenantNumero = numeroAvenant;
    }

    /** The draft comes into force on the date of its last signature (R-DATE-6); the caller replaces the former one. */
    public void mettreEnVigueur(LocalDate date) {
        exigerBrouillon();
        this.statut = StatutVersion.EN_VIGUEUR;
        this.dateEntreeVigueur = date;
    }

    public void remplacer() {
        if (statut != StatutVersion.EN_VIGUEUR) {
            throw new IllegalStateException("Seule la version en vigueur peut être remplacée");
        }
        this.statut = StatutVersion.REMPLACEE;
    }

    public void abandonner() {
        exigerBrouillon();
        this.statut = StatutVersion.ABANDONNEE;
    }

    private void exigerBrouillon() {
        if (statut != StatutVersion.BROUILLON) {
            throw new IllegalStateException("La version " + numero + " n'est pas un brouillon");
        }
    }
}
