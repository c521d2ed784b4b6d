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

/**
 * An amount written in the articles of the convention (e.g. axe 1 2024 État 238 205 €, "deux-cent trente-huit mille
 * deux-cent cinq euros"): a declared legal figure, checked against the sum of the lines (R-FIN-4, R-FIN-13).
 * No axe = the champ's amount.
 */
@Entity
public class MontantConventionnel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long champId;

    private Long axeId;

    private int exercice;

    @Enumerated(EnumType.STRING)
    private Financeur financeur;

    private BigDecimal montant;

    private String montantEnLettres;

    private String referenceArticle;

    private String statut;

    @Embedded
    private Validite validite;

    protected MontantConventionnel() {
    }

    /** The natural key of an amount of the articles: champ, axe (null: the champ's amount), exercice, financeur. */
    public record Cle(Long champId, Long axeId, int exercice, Financeur financeur) {
    }

    /** An amount written by an avenant in version {@code version} (R-FIN-22): notified once the avenant is signed. */
    MontantConventionnel(Long conventionId, Cle cle, BigDecimal montant, String montantEnLettres,
            String referenceArticle, int version) {
        this.conventionId = conventionId;
        this.champId = cle.champId();
        this.axeId = cle.axeId();
        this.exercice = cle.exercice();
        this.financeur = cle.financeur();
        this.montant = LigneFinancement.montantValide(montant);
        this.montantEnLettres = montantEnLettres;
        this.referenceArticle = referenceArticle;
        this.statut = NOTIFIE;
        this.validite = Validite.depuis(version);
    }

    static final String NOTIFIE = "NOTIFIE";

    public Cle cle() {
        return new Cle(champId, axeId, exercice, financeur);
    }

    void changer(BigDecimal nouveau, String lettres, String article) {
        this.montant = LigneFinancement.montantValide(nouveau);
        this.montantEnLettres = lettres;
        this.referenceArticle = article;
        this.statut = NOTIFIE;
    }

    MontantConventionnel(Long conventionId, EcritureMontants.MontantVoulu v, int version) {
        this.conventionId = conventionId;
        this.champId = v.champId();
        this.axeId = v.axeId();
        this.exercice = v.exercice();
        this.financeur = v.financeur();
        this.validite = Validite.depuis(version);
        changerDepuis(v);
    }

    void changerDepuis(EcritureMontants.MontantVoulu v) {
        this.montant = LigneFinancement.montantValide(v.montant());
        this.montantEnLettres = v.enLettres();
        this.referenceArticle = v.article();
        this.statut = v.statut() == null ? "NOTIFIE" : v.statut();
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

    public Long getAxeId() {
        return axeId;
    }

    public int getExercice() {
        return exercice;
    }

    public Financeur getFinanceur() {
        return financeur;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public String getMontantEnLettres() {
        return montantEnLettres;
    }

    public String getReferenceArticle() {
        return referenceArticle;
    }

    public String getStatut() {
        return statut;
    }

    public Validite getValidite() {
        return validite;
    }
}
