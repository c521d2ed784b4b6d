package fr.pacte.convention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One contracted action: a stable identity (id, convention, champ, printed number) whose descriptive content and
 * allocation to axes are kept per version of the convention. Its money is in financement, its indicators in
 * indicateur. One {@code @Version} covers the fiche and all its lines: any change of either bumps it, so a stale save
 * is refused whatever it changed (R-WF-9).
 */
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

    /** R-IMP-8: unique in the convention; what lines, indicators and avenants name. Defaults to the number. */
    private String cle;

    /** The place of the fiche among those of its champ as the user arranged them; 0 = by number. */
    private int ordre;

    @Version
    private long version;

    private String modifiePar;

    private LocalDateTime modifieLe;

    @OneToMany(mappedBy = "fiche", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validite.versionDebut")
    private List<FicheContenu> contenus = new ArrayList<>();

    @OneToMany(mappedBy = "fiche", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordre")
    private List<AllocationAxe> allocations = new ArrayList<>();

    protected FicheAction() {
    }

    FicheAction(Convention convention, Champ champ, String cle, String numero, int ordre) {
        this.convention = convention;
        this.champ = champ;
        this.cle = cle;
        this.numero = numero;
        this.ordre = ordre;
    }

    /** A fiche being drafted may change its key, number or champ (R-SEC-13); its allocations follow its champ. */
    void identifier(String cle, String numero, Champ champ) {
        this.cle = cle;
        this.numero = numero;
        this.champ = champ;
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

    public Champ getChamp() {
        return champ;
    }

    public String getNumero() {
        return numero;
    }

    public String getCle() {
        return cle;
    }

    public int getOrdre() {
        return ordre;
    }

    public long getVersion() {
        return version;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public LocalDateTime getModifieLe() {
        return modifieLe;
    }

    /** The descriptive content in a version of the convention; empty when the fiche is not part of that version. */
    public Optional<Description> description(int versionConvention) {
        return contenus.stream().filter(c -> c.getValidite().visibleEn(versionConvention)).findFirst()
                .map(FicheContenu::description);
    }

    /** The allocations to axes in a version of the convention, in their order. */
    public List<AllocationAxe> allocations(int versionConvention) {
        return allocations.stream().filter(a -> a.getValidite().visibleEn(versionConvention)).toList();
    }

    /**
     * Replaces the descriptive fields in version {@code versionConvention} (the draft, or v0 of a convention being
     * drafted); the caller has validated them. Answers the fields that changed.
     */
    List<Changement> decrire(Description voulue, int versionConvention) {
        Optional<FicheContenu> actuel = contenus.stream()
                .filter(c -> c.getValidite().visibleEn(versionConvention)).findFirst();
        Description avant = actuel.map(FicheContenu::description).orElse(null);
        if (Objects.equals(avant, voulue)) {
            return List.of();
        }
        if (actuel.isPresent() && actuel.get().getValidite().creeeEn(versionConvention)) {
            actuel.get().remplacer(voulue);
        } else {
            actuel.ifPresent(c -> c.getValidite().fermer(versionConvention));
            contenus.add(new FicheContenu(this, versionConvention, voulue));
        }
        return Changement.entre("FICHE", id, avant, voulue);
    }

    /**
     * Keeps the allocations to the given axes (of this fiche's champ, at least one) in version
     * {@code versionConvention}: an axe left is closed (or dropped when the draft had added it), a new axe is added.
     */
    List<Changement> allouer(List<Axe> axes, int versionConvention) {
        Set<Long> voulus = new HashSet<>();
        for (Axe axe : axes) {
            if (!axe.getChamp().getId().equals(champ.getId())) {
                throw new IllegalArgumentException("L'axe " + axe.getId() + " n'appartient pas au champ de la fiche");
            }
            voulus.add(axe.getId());
        }
        List<Changement> changements = new ArrayList<>();
        List<AllocationAxe> visibles = allocations(versionConvention);
        for (AllocationAxe a : visibles) {
            if (!voulus.contains(a.getAxe().getId())) {
                if (a.getValidite().creeeEn(versionConvention)) {
                    allocations.remove(a);
                } else {
                    a.getValidite().fermer(versionConvention);
                }
                changements.add(new Changement("FICHE", id, "axe", a.getAxe().getNumero(), null));
            }
        }
        Set<Long> presents = new HashSet<>();
        visibles.stream().filter(a -> voulus.contains(a.getAxe().getId())).forEach(a -> presents.add(a.getAxe().getId()));
        int ordre = visibles.stream().mapToInt(AllocationAxe::getOrdre).max().orElse(0);
        for (Axe axe : axes) {
            if (presents.add(axe.getId())) {
                allocations.add(new AllocationAxe(this, axe, ++ordre, versionConvention));
                changements.add(new Changement("FICHE", id, "axe", null, axe.getNumero()));
            }
        }
        return changements;
    }

    /** Who changed the fiche or its money, and when; also bumps the one version of the aggregate. */
    void marquerModifiee(String par, LocalDateTime le) {
        this.modifiePar = par;
        this.modifieLe = le;
    }

    /** The descriptive content of a fiche as one value. */
    public record Description(String intitule, String libelleAnnexe, String codeAlternatif, String description,
            String publicCible, String territoire, String pilote, String partenaires, String operateur,
            String dateMiseEnPlaceTexte, String dureeTexte, StatutFiche statut) {
    }
}
