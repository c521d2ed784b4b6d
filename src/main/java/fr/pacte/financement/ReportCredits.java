package fr.pacte.financement;

import fr.pacte.convention.Validite;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R-PAY-8: credits not used in {@code exerciceOrigine} carried to {@code exerciceDestination} by a signed avenant,
 * stored apart from the new credits, per champ (and fiche when the avenant names one) and financeur, in some
 * versions of the convention like the lines.
 */
@Entity
public class ReportCredits {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long champId;

    private Long ficheId;

    @Enumerated(EnumType.STRING)
    private Financeur financeur;

    private int exerciceOrigine;

    private int exerciceDestination;

    private BigDecimal montant;

    private Integer avenantNumero;

    @Embedded
    private Validite validite;

    protected ReportCredits() {
    }

    /** The natural key of a report: what makes two reports the same in two versions. */
    public record Cle(Long champId, Long ficheId, Financeur financeur, int exerciceOrigine, int exerciceDestination) {
    }

    ReportCredits(Long conventionId, Cle cle, BigDecimal montant, Integer avenantNumero, int version) {
        this.conventionId = conventionId;
        this.champId = cle.champId();
        this.ficheId = cle.ficheId();
        this.financeur = cle.financeur();
        this.exerciceOrigine = cle.exerciceOrigine();
        this.exerciceDestination = cle.exerciceDestination();
        this.montant = LigneFinancement.montantValide(montant);
        this.avenantNumero = avenantNumero;
        this.validite = Validite.depuis(version);
    }

    public Cle cle() {
        return new Cle(champId, ficheId, financeur, exerciceOrigine, exerciceDestination);
    }

    void changer(BigDecimal nouveau, Integer avenant) {
        this.montant = nouveau.setScale(2, RoundingMode.UNNECESSARY);
        this.avenantNumero = avenant;
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getChampId() {
        return champId;
    }

    public Long getFicheId() {
        return ficheId;
    }

    public Financeur getFinanceur() {
        return financeur;
    }

    public int getExerciceOrigine() {
        return exerciceOrigine;
    }

    public int getExerciceDestination() {
        return exerciceDestination;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public Integer getAvenantNumero() {
        return avenantNumero;
    }

    public Validite getValidite() {
        return validite;
    }
}
