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

    Champ(Convention convention, String code, int ordre) {
        this.convention = convention;
        this.code = code;
        this.ordre = ordre;
        this.debutExercice = "01-01";
        this.seuilSousConsommation = BigDecimal.valueOf(80);
        this.paritePortee = "LIGNE";
        this.pariteBase = "ETAT_DEPARTEMENT";
        this.pariteSeuil = BigDecimal.valueOf(50);
    }

    /** What a champ says (contracts/convention.md, champs[]): the caller has checked every value. */
    public record Description(String code, String libelle, LocalDate dateDebut, LocalDate dateFin, String programme,
            String regleVersement, String debutExercice, BigDecimal seuilSousConsommation, String paritePortee,
            String pariteBase, BigDecimal pariteSeuil) {
    }

    void decrire(Description d) {
        this.code = d.code();
        this.libelle = d.libelle();
        this.dateDebut = d.dateDebut();
        this.dateFin = d.dateFin();
        this.programme = d.programme();
        this.regleVersement = d.regleVersement();
        this.debutExercice = d.debutExercice() == null ? "01-01" : d.debutExercice();
        this.seuilSousConsommation = d.seuilSousConsommation() == null ? BigDecimal.valueOf(80)
                : d.seuilSousConsommation();
        this.paritePortee = d.paritePortee() == null ? "LIGNE" : d.paritePortee();
        this.pariteBase = d.pariteBase() == null ? "ETAT_DEPARTEMENT" : d.pariteBase();
        this.pariteSeuil = d.pariteSeuil() == null ? BigDecimal.valueOf(50) : d.pariteSeuil();
    }

    void placer(int ordre) {
        this.ordre = ordre;
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
