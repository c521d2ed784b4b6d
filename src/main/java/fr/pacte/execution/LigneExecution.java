package fr.pacte.execution;

import fr.pacte.financement.Financeur;
import fr.pacte.financement.Nature;
import fr.pacte.financement.Sommes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An amount actually spent (DOMAIN.md §3.7 Execution): fiche × axe × exercice × financeur × nature, with its date and
 * the reference of its piece (mandat). A fact recorded against the plan, in its own table: the planned lines are never
 * touched (§3.5 "prévu and exécuté are separate lines"). A line without fiche is spent on an envelope (FT volet 1).
 */
@Entity
public class LigneExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long ficheId;

    private Long axeId;

    private int exercice;

    @Enumerated(EnumType.STRING)
    private Financeur financeur;

    @Enumerated(EnumType.STRING)
    private Nature nature;

    @Column(precision = 15, scale = 2)
    private BigDecimal montant;

    private LocalDate dateExecution;

    private String piece;

    private String saisiPar;

    private LocalDateTime saisiLe;

    protected LigneExecution() {
    }

    /** The natural key an exercice's execution is saved by difference on. */
    public record Cle(Long ficheId, Long axeId, int exercice, Financeur financeur, Nature nature, String piece) {

        public Cle {
            Objects.requireNonNull(axeId);
            Objects.requireNonNull(financeur);
            Objects.requireNonNull(nature);
            piece = piece == null || piece.isBlank() ? null : piece.strip();
        }
    }

    LigneExecution(Long conventionId, Cle cle, BigDecimal montant, LocalDate date, String par, LocalDateTime le) {
        this.conventionId = conventionId;
        this.ficheId = cle.ficheId();
        this.axeId = cle.axeId();
        this.exercice = cle.exercice();
        this.financeur = cle.financeur();
        this.nature = cle.nature();
        this.piece = cle.piece();
        changer(montant, date, par, le);
    }

    /** For the plain computations and their tests. */
    public static LigneExecution de(Long ficheId, Long axeId, int exercice, Financeur financeur, Nature nature,
            BigDecimal montant) {
        return new LigneExecution(null, new Cle(ficheId, axeId, exercice, financeur, nature, null), montant, null, null,
                null);
    }

    final void changer(BigDecimal nouveau, LocalDate date, String par, LocalDateTime le) {
        if (nouveau == null || nouveau.signum() < 0 || nouveau.compareTo(Sommes.MAXIMUM) >= 0) {
            throw new IllegalArgumentException("Un montant est positif ou nul et inférieur à 10^13 €");
        }
        this.montant = nouveau.setScale(2, RoundingMode.UNNECESSARY);
        this.dateExecution = date;
        this.saisiPar = par;
        this.saisiLe = le;
    }

    public Cle cle() {
        return new Cle(ficheId, axeId, exercice, financeur, nature, piece);
    }

    /** This line added to the columns État / Département / autres / report (R-FIN-20: reports apart). */
    public Sommes ajouteA(Sommes sommes) {
        Sommes ligne = switch (nature == Nature.REPORT ? Financeur.AUTRE : financeur) {
            case ETAT -> Sommes.de(montant, null, null, null);
            case DEPARTEMENT -> new Sommes(fr.pacte.shared.Montants.ZERO, montant,
                    nature == Nature.VALORISATION ? montant : fr.pacte.shared.Montants.ZERO,
                    fr.pacte.shared.Montants.ZERO, fr.pacte.shared.Montants.ZERO);
            case AUTRE -> nature == Nature.REPORT ? Sommes.de(null, null, null, montant)
                    : Sommes.de(null, null, montant, null);
        };
        return sommes.plus(ligne);
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

    public Nature getNature() {
        return nature;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public LocalDate getDateExecution() {
        return dateExecution;
    }

    public String getPiece() {
        return piece;
    }

    public String getSaisiPar() {
        return saisiPar;
    }

    public LocalDateTime getSaisiLe() {
        return saisiLe;
    }
}
