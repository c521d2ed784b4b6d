package fr.pacte.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Top-level part of a convention with its own period, programme, payment and parity rules: Vienne "solidarités"
 * (2024-2027, BOP 304) and "France Travail" (2024, BOP 102).
 */
@Entity
public class Champ {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id")
    private Convention convention;

    private String code;

    private String libelle;

    private LocalDate dateDebut;

    private LocalDate dateFin;

    private String programme;

    private String regleVersement;

    private String paritePortee;

    private String pariteBase;

    private BigDecimal pariteSeuil;

    private int ordre;

    /** MM-DD: the day its exercices start (R-DATE-2); "01-01" for calendar years. */
    private String debutExercice;

    /** R-PAY-7: the execution rate (percent) under which a fiche is under-consumed. */
    private BigDecimal seuilSousConsommation;

    @OneToMany(mappedBy = "champ")
    @OrderBy("ordre")
    private List<Axe> axes = new ArrayList<>();

    @OneToMany(mappedBy = "champ")
    @OrderBy("exercice, ordre")
    private List<RegleVersement> reglesVersement = new ArrayList<>();

    protected Champ() {
    }

    public Long getId() {
        return id;
    }

    public Convention getConvention() {
        return convention;
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public String getProgramme() {
        return programme;
    }

    public String getRegleVersement() {
        return regleVersement;
    }

    /** R-FIN-5 parameters: LIGNE, GLOBAL or AUCUNE. */
    public String getParitePortee() {
        return paritePortee;
    }

    /** R-FIN-5 parameters: ETAT_DEPARTEMENT (B / (A+B)) or TOTAL (B / F). */
    public String getPariteBase() {
        return pariteBase;
    }

    public BigDecimal getPariteSeuil() {
        return pariteSeuil;
    }

    public int getOrdre() {
        return ordre;
    }

    public List<Axe> getAxes() {
        return axes;
    }

    public String getDebutExercice() {
        return debutExercice;
    }

    public BigDecimal getSeuilSousConsommation() {
        return seuilSousConsommation;
    }

    public List<RegleVersement> getReglesVersement() {
        return reglesVersement;
    }
}
