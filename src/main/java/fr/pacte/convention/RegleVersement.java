package fr.pacte.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/**
 * One instalment of a champ's payment rule (DOMAIN.md §3.7): for one exercice, or for every exercice without a rule
 * of its own ({@code exercice} null). France Travail: ACOMPTE 60 % at signature, SOLDE after the bilan final (FX-9).
 */
@Entity
public class RegleVersement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "champ_id")
    private Champ champ;

    private Integer exercice;

    private int ordre;

    @Enumerated(EnumType.STRING)
    private TypeVersement type;

    /** Null for a SOLDE: the amount minus the earlier instalments (R-PAY-1). */
    private BigDecimal pourcentage;

    @Enumerated(EnumType.STRING)
    private ConditionVersement condition;

    protected RegleVersement() {
    }

    public RegleVersement(Champ champ, Integer exercice, int ordre, TypeVersement type, BigDecimal pourcentage,
            ConditionVersement condition) {
        this.champ = champ;
        this.exercice = exercice;
        this.ordre = ordre;
        this.type = type;
        this.pourcentage = pourcentage;
        this.condition = condition;
    }

    public Long getId() {
        return id;
    }

    public Integer getExercice() {
        return exercice;
    }

    public int getOrdre() {
        return ordre;
    }

    public TypeVersement getType() {
        return type;
    }

    public BigDecimal getPourcentage() {
        return pourcentage;
    }

    public ConditionVersement getCondition() {
        return condition;
    }
}
