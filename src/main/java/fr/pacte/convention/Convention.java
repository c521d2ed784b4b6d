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

    @Version
    private long version;

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
}
