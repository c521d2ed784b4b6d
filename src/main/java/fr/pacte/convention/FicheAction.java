package fr.pacte.convention;

import jakarta.persistence.CascadeType;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** One contracted action with its description; its money is in financement, its indicators in indicateur. */
@Entity
public class FicheAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id")
    private Convention convention;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "champ_id")
    private Champ champ;

    private String numero;

    private String codeAlternatif;

    private String intitule;

    private String libelleAnnexe;

    private String description;

    private String publicCible;

    private String territoire;

    private String pilote;

    private String partenaires;

    private String operateur;

    private String dateMiseEnPlaceTexte;

    private String dureeTexte;

    @Enumerated(EnumType.STRING)
    private StatutFiche statut;

    @Version
    private long version;

    @OneToMany(mappedBy = "fiche", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordre")
    private List<AllocationAxe> allocations = new ArrayList<>();

    protected FicheAction() {
    }

    public Long getId() {
        return id;
    }

    public Convention getConvention() {
        return convention;
    }

    public Champ getChamp() {
        return champ;
    }

    public String getNumero() {
        return numero;
    }

    public String getCodeAlternatif() {
        return codeAlternatif;
    }

    public String getIntitule() {
        return intitule;
    }

    /** The short label of the annexe 2 (tableau financier), the intitulé when none is stored. */
    public String getLibelleAnnexe() {
        return libelleAnnexe == null || libelleAnnexe.isBlank() ? intitule : libelleAnnexe;
    }

    public String getDescription() {
        return description;
    }

    public String getPublicCible() {
        return publicCible;
    }

    public String getTerritoire() {
        return territoire;
    }

    public String getPilote() {
        return pilote;
    }

    public String getPartenaires() {
        return partenaires;
    }

    public String getOperateur() {
        return operateur;
    }

    public String getDateMiseEnPlaceTexte() {
        return dateMiseEnPlaceTexte;
    }

    public String getDureeTexte() {
        return dureeTexte;
    }

    public StatutFiche getStatut() {
        return statut;
    }

    public long getVersion() {
        return version;
    }

    public List<AllocationAxe> getAllocations() {
        return allocations;
    }

    public List<Axe> getAxes() {
        return allocations.stream().map(AllocationAxe::getAxe).toList();
    }

    /** Replaces the descriptive fields; the caller has validated them. */
    void decrire(Description d) {
        this.intitule = d.intitule();
        this.libelleAnnexe = d.libelleAnnexe();
        this.codeAlternatif = d.codeAlternatif();
        this.description = d.description();
        this.publicCible = d.publicCible();
        this.territoire = d.territoire();
        this.pilote = d.pilote();
        this.partenaires = d.partenaires();
        this.operateur = d.operateur();
        this.dateMiseEnPlaceTexte = d.dateMiseEnPlaceTexte();
        this.dureeTexte = d.dureeTexte();
        this.statut = d.statut();
    }

    /** Keeps the allocations to the given axes (of this fiche's champ), in their order; at least one axe. */
    void allouer(Collection<Axe> axes) {
        Set<Long> voulus = axes.stream().map(Axe::getId).collect(java.util.stream.Collectors.toSet());
        allocations.removeIf(a -> !voulus.contains(a.getAxe().getId()));
        Set<Long> presents = allocations.stream().map(a -> a.getAxe().getId())
                .collect(java.util.stream.Collectors.toSet());
        int ordre = allocations.size();
        for (Axe axe : axes) {
            if (!axe.getChamp().getId().equals(champ.getId())) {
                throw new IllegalArgumentException("L'axe " + axe.getId() + " n'appartient pas au champ de la fiche");
            }
            if (!presents.contains(axe.getId())) {
                allocations.add(new AllocationAxe(this, axe, ++ordre));
            }
        }
    }

    /** The descriptive content of a fiche as one value. */
    public record Description(String intitule, String libelleAnnexe, String codeAlternatif, String description,
            String publicCible, String territoire, String pilote, String partenaires, String operateur,
            String dateMiseEnPlaceTexte, String dureeTexte, StatutFiche statut) {
    }
}
