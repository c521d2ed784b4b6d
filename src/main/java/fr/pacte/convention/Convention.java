package fr.pacte.convention;

import fr.pacte.territoire.Departement;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The contract signed by the State and a Département; its period is the union of its champs (DOMAIN.md §3.2). */
@Entity
public class Convention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "departement_id")
    private Departement departement;

    @Enumerated(EnumType.STRING)
    private TypeConvention type;

    private String numeroInterne;

    private String numeroEtat;

    private String intitule;

    private String aliases;

    private String statut;

    private LocalDate dateSignature;

    /** The period the convention's document states (its champs' union is what pages show). */
    private LocalDate dateDebut;

    private LocalDate dateFin;

    @Version
    private long version;

    /** Raised by the database at each commit that changes this convention or its content (issue 12, see the
     * migration V202612110900); read with the row, never written by the application. */
    @org.hibernate.annotations.Formula("(select coalesce(max(r.revision), 0) from revision_convention r "
            + "where r.convention_id = id)")
    private long revision;

    @OneToMany(mappedBy = "convention")
    @OrderBy("ordre")
    private List<Partie> parties = new ArrayList<>();

    @OneToMany(mappedBy = "convention")
    @OrderBy("dateSeance")
    private List<Deliberation> deliberations = new ArrayList<>();

    @OneToMany(mappedBy = "convention")
    @OrderBy("ordre")
    private List<Champ> champs = new ArrayList<>();

    protected Convention() {
    }

    /** A new convention of a Département; it starts in ELABORATION (DOMAIN.md §6.2) until it is signed. */
    Convention(Departement departement, Identite identite) {
        this.departement = departement;
        this.statut = ELABORATION;
        identifier(identite);
    }

    /** The statut of a convention being drafted: its structure may still change in place (R-SEC-13). */
    public static final String ELABORATION = "ELABORATION";

    /** What identifies a convention (contracts/convention.md): the caller has checked every value. */
    public record Identite(String numeroInterne, String numeroEtat, String intitule, TypeConvention type,
            String aliases, LocalDate dateDebut, LocalDate dateFin) {
    }

    void identifier(Identite identite) {
        this.numeroInterne = identite.numeroInterne();
        this.numeroEtat = identite.numeroEtat();
        this.intitule = identite.intitule();
        this.type = identite.type();
        this.aliases = identite.aliases();
        this.dateDebut = identite.dateDebut();
        this.dateFin = identite.dateFin();
    }

    public Identite identite() {
        return new Identite(numeroInterne, numeroEtat, intitule, type, aliases, dateDebut, dateFin);
    }

    /**
     * A convention signed on paper and entered afterwards: in execution from its signature date, or at once when the
     * documents do not give the date (the Vienne, DOMAIN.md Q12); signed but not yet in execution before that date.
     */
    void signer(LocalDate date, LocalDate aujourdhui) {
        this.dateSignature = date;
        this.statut = date == null || !date.isAfter(aujourdhui) ? "EN_EXECUTION" : "SIGNEE";
    }

    public boolean enElaboration() {
        return ELABORATION.equals(statut);
    }

    public Long getId() {
        return id;
    }

    public Departement getDepartement() {
        return departement;
    }

    public TypeConvention getType() {
        return type;
    }

    public String getNumeroInterne() {
        return numeroInterne;
    }

    public String getNumeroEtat() {
        return numeroEtat;
    }

    public String getIntitule() {
        return intitule;
    }

    public String getAliases() {
        return aliases;
    }

    public String getStatut() {
        return statut;
    }

    /** Date of the last signature; null when the documents do not give it (the Vienne, DOMAIN.md Q12). */
    public LocalDate getDateSignature() {
        return dateSignature;
    }

    public List<Partie> getParties() {
        return parties;
    }

    public List<Deliberation> getDeliberations() {
        return deliberations;
    }

    public List<Champ> getChamps() {
        return champs;
    }

    public long getRevision() {
        return revision;
    }
}
