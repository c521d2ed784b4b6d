package fr.pacte.convention;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A fiche's membership of an axe in some versions; the amounts per axe live on the financing lines (R-FIN-6). */
@Entity
public class AllocationAxe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fiche_id")
    private FicheAction fiche;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "axe_id")
    private Axe axe;

    /** A share stated by the convention ("(50 %)"), compared with the computed one; null when none is stated. */
    private BigDecimal partPourcent;

    private int ordre;

    @Embedded
    private Validite validite;

    protected AllocationAxe() {
    }

    AllocationAxe(FicheAction fiche, Axe axe, int ordre, int version) {
        this.fiche = fiche;
        this.axe = axe;
        this.ordre = ordre;
        this.validite = Validite.depuis(version);
    }

    /** The share the convention states for this axe ("(50 %)"), or null. */
    void fixerPart(BigDecimal part) {
        this.partPourcent = part;
    }

    public Long getId() {
        return id;
    }

    public FicheAction getFiche() {
        return fiche;
    }

    public Axe getAxe() {
        return axe;
    }

    public BigDecimal getPartPourcent() {
        return partPourcent;
    }

    public int getOrdre() {
        return ordre;
    }

    public Validite getValidite() {
        return validite;
    }
}
