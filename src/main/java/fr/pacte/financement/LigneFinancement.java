package fr.pacte.financement;

import fr.pacte.convention.Validite;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The core co-financing record: fiche × axe × exercice × financeur (organisme) × nature × stade, in some versions of
 * its convention (DOMAIN.md §3.5). A line without fiche is an envelope line (France Travail volet 1). Its natural key
 * ({@link Cle}) is what the one writer of money saves by difference on ({@link EcritureLignes}): a line keeps its
 * identity from save to save, for review, before/after and audit.
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

    /** Who the financeur AUTRE is (CAF, MSA…); several named AUTRE lines coexist. */
    private String organisme;

    @Enumerated(EnumType.STRING)
    private Nature nature;

    @Enumerated(EnumType.STRING)
    private Stade stade = Stade.PREVU;

    @Column(precision = 15, scale = 2)
    private BigDecimal montant;

    private String objet;

    private String justification;

    /** For a line of nature REPORT: the exercice its credits come from (null: the previous exercice, R-FIN-20). */
    private Integer exerciceOrigine;

    @Embedded
    private Validite validite;

    protected LigneFinancement() {
    }

    /** The natural key of a line: what makes two lines the same line in two versions or two saves. */
    public record Cle(Long ficheId, Long axeId, int exercice, Financeur financeur, String organisme, Nature nature,
            Stade stade) {

        public Cle {
            Objects.requireNonNull(axeId);
            Objects.requireNonNull(financeur);
            Objects.requireNonNull(nature);
            Objects.requireNonNull(stade);
            organisme = organisme == null || organisme.isBlank() ? null : organisme.strip();
        }
    }

    LigneFinancement(Long conventionId, Cle cle, BigDecimal montant, String justification, String objet, int version) {
        this.conventionId = conventionId;
        this.ficheId = cle.ficheId();
        this.axeId = cle.axeId();
        this.exercice = cle.exercice();
        this.financeur = cle.financeur();
        this.organisme = cle.organisme();
        this.nature = cle.nature();
        this.stade = cle.stade();
        this.montant = montantValide(montant);
        this.justification = justification;
        this.objet = objet;
        this.validite = Validite.depuis(version);
    }

    /** A planned line of version 0, e.g. for the plain computations of the tableau and their tests. */
    public LigneFinancement(Long conventionId, Long ficheId, Long axeId, int exercice, Financeur financeur,
            Nature nature, BigDecimal montant) {
        this(conventionId, new Cle(ficheId, axeId, exercice, financeur, null, nature, Stade.PREVU), montant, null, null,
                0);
    }

    public LigneFinancement avecJustification(String texte) {
        this.justification = texte;
        return this;
    }

    // R-FIN-14, R-FIN-18: money to the cent, 0 ≤ amount < 10^13, never rounded silently
    static BigDecimal montantValide(BigDecimal montant) {
        if (montant == null || montant.signum() < 0 || montant.compareTo(Sommes.MAXIMUM) >= 0) {
            throw new IllegalArgumentException("Un montant est positif ou nul et inférieur à 10^13 €");
        }
        return montant.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Cle cle() {
        return new Cle(ficheId, axeId, exercice, financeur, organisme, nature, stade);
    }

    /** What a document says besides the amount: the line's object, and the origin exercice of a REPORT line. */
    void completer(String objet, Integer exerciceOrigine) {
        this.objet = objet;
        this.exerciceOrigine = nature == Nature.REPORT ? exerciceOrigine : null;
    }

    void changer(BigDecimal montant, String justification) {
        this.montant = montantValide(montant);
        this.justification = justification;
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

    public String getOrganisme() {
        return organisme;
    }

    public Nature getNature() {
        return nature;
    }

    public Stade getStade() {
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

    public Integer getExerciceOrigine() {
        return exerciceOrigine;
    }

    public Validite getValidite() {
        return validite;
    }
}
