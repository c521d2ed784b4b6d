package fr.pacte.versement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One instalment of a champ's schedule (champ × exercice × ordre) with what FINANCES_ETAT recorded on it. Its amount
 * and its statut before ordering are computed ({@link VersementService}); ordering freezes the amount (§6.6). A paid
 * versement is immutable (R-SEC-8): transitions refuse to leave PAYE or ANNULE.
 */
@Entity
public class Versement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long champId;

    private int exercice;

    private int ordre;

    @Enumerated(EnumType.STRING)
    private StatutVersement statutEnregistre;

    @Column(precision = 15, scale = 2)
    private BigDecimal montantFige;

    private String ej;

    private LocalDate dateOrdonnancement;

    private LocalDate datePaiement;

    private LocalDate dateAnnulation;

    private String commentaire;

    private String modifiePar;

    private LocalDateTime modifieLe;

    protected Versement() {
    }

    void ordonnancer(BigDecimal montant, String numeroEj, LocalDate date, String commentaireSaisi, String par,
            LocalDateTime le) {
        this.statutEnregistre = StatutVersement.ORDONNANCE;
        this.montantFige = montant;
        this.ej = numeroEj;
        this.dateOrdonnancement = date;
        this.commentaire = commentaireSaisi;
        marquer(par, le);
    }

    void payer(LocalDate date, String commentaireSaisi, String par, LocalDateTime le) {
        this.statutEnregistre = StatutVersement.PAYE;
        this.datePaiement = date;
        if (commentaireSaisi != null) {
            this.commentaire = commentaireSaisi;
        }
        marquer(par, le);
    }

    void annuler(LocalDate date, String motif, String par, LocalDateTime le) {
        this.statutEnregistre = StatutVersement.ANNULE;
        this.dateAnnulation = date;
        this.commentaire = motif;
        marquer(par, le);
    }

    private void marquer(String par, LocalDateTime le) {
        this.modifiePar = par;
        this.modifieLe = le;
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

    public int getExercice() {
        return exercice;
    }

    public int getOrdre() {
        return ordre;
    }

    public StatutVersement getStatutEnregistre() {
        return statutEnregistre;
    }

    public BigDecimal getMontantFige() {
        return montantFige;
    }

    public String getEj() {
        return ej;
    }

    public LocalDate getDateOrdonnancement() {
        return dateOrdonnancement;
    }

    public LocalDate getDatePaiement() {
        return datePaiement;
    }

    public LocalDate getDateAnnulation() {
        return dateAnnulation;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public LocalDateTime getModifieLe() {
        return modifieLe;
    }
}
