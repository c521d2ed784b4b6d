package fr.pacte.financement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The core co-financing record: fiche × axe × exercice × financeur × nature (DOMAIN.md §3.5). A line without fiche
 * is an envelope line (France Travail volet 1). Planned amounts only for now (stade PREVU).
 */
@Entity
public class LigneFinancement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long ficheId;

    private Long axeId;

    private int exercice;

    @Enumerated(EnumType.STRING)
    private Financeur financeur;

    private String financeurLibelle;

    @Enumerated(EnumType.STRING)
    private Nature nature;

    private String stade = "PREVU";

    @Column(precision = 15, scale = 2)
    private BigDecimal montant;

    private String objet;

    private String justification;

    protected LigneFinancement() {
    }

    public LigneFinancement(Long conventionId, Long ficheId, Long axeId, int exercice, Financeur financeur,
            Nature nature, BigDecimal montant) {
        if (montant == null || montant.signum() < 0) {
            throw new IllegalArgumentException("Un montant est positif ou nul");
        }
        this.conventionId = conventionId;
        this.ficheId = ficheId;
        this.axeId = axeId;
        this.exercice = exercice;
        this.financeur = financeur;
        this.nature = nature;
        // R-FIN-14: money to the cent, never rounded silently
        this.montant = montant.setScale(2, RoundingMode.UNNECESSARY);
    }

    public LigneFinancement avecJustification(String justification) {
        this.justification = justification;
        return this;
    }

    public LigneFinancement avecFinanceurLibelle(String libelle) {
        this.financeurLibelle = libelle;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getFicheId() {
        return ficheId;
    }

    public Long getAxeId() {
        return axeId;
    }

    public int getExercice() {
        return exercice;
    }

    public Financeur getFinanceur() {
        return financeur;
    }

    public String getFinanceurLibelle() {
        return financeurLibelle;
    }

    public Nature getNature() {
        return nature;
    }

    public String getStade() {
        return stade;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public String getObjet() {
        return objet;
    }

    public String getJustification() {
        return justification;
    }
}
