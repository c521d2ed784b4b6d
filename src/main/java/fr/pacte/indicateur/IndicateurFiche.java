package fr.pacte.indicateur;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import java.util.List;
import java.util.Optional;

/**
 * An indicator carried by a fiche, and so by the fiche's axe (or by one axe of a multi-axis fiche: fiche 9).
 * The one record behind every place the indicator is printed (R-IND-1): fiche table, annexe 1, annexe 4.
 * A national indicator that no fiche carries has no fiche and, when the Département does not run it, an exemption.
 */
@Entity
public class IndicateurFiche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicateur_id")
    private Indicateur indicateur;

    @Column(name = "fiche_id")
    private Long ficheId;

    @Column(name = "axe_id")
    private Long axeId;

    /** The fiche and axe as the snapshot of the version being read gives them ({@link #rattacher}). */
    @Transient
    private FicheLue fiche;

    @Transient
    private AxeLu axe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private IndicateurFiche parent;

    private boolean sommeDesParties;

    private String territoire;

    private String ficheImprimee;

    private int ordre;

    @Column(name = "publie_annexe_1")
    private boolean publieAnnexe1;

    @Column(name = "publie_annexe_4")
    private boolean publieAnnexe4;

    private boolean publieFiche;

    private String commentaire;

    private String exemption;

    protected IndicateurFiche() {
    }

    IndicateurFiche(Long conventionId, Indicateur indicateur, Long ficheId, Long axeId, IndicateurDocument d,
            int ordre) {
        this.conventionId = conventionId;
        this.indicateur = indicateur;
        this.ficheId = ficheId;
        this.axeId = axeId;
        this.territoire = d.territoire();
        this.ficheImprimee = d.ficheImprimee();
        this.ordre = ordre;
        List<String> annexes = d.annexes() == null ? List.of(Annexe.FICHE.name()) : d.annexes();
        this.publieAnnexe1 = annexes.contains(Annexe.ANNEXE_1.name());
        this.publieAnnexe4 = annexes.contains(Annexe.ANNEXE_4.name());
        this.publieFiche = annexes.contains(Annexe.FICHE.name());
        this.commentaire = d.commentaire();
        this.exemption = d.exemption();
        this.sommeDesParties = Boolean.TRUE.equals(d.sommeDesParties());
    }

    void rattacherAuParent(IndicateurFiche parent) {
        this.parent = parent;
    }

    public Long getAxeId() {
        return axeId;
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Indicateur getIndicateur() {
        return indicateur;
    }

    public Long getFicheId() {
        return ficheId;
    }

    /** The fiche of this link in the version read; null for a national indicator that no fiche carries. */
    public FicheLue getFiche() {
        return fiche;
    }

    /**
     * Links are read with the scoped snapshot of one version: the fiche's number, champ and axes are those of that
     * version. Answers false when the fiche is not part of it (a fiche added by a draft, read in the version in force).
     */
    boolean rattacher(ConventionLue convention) {
        this.fiche = ficheId == null ? null : convention.fiche(ficheId).orElse(null);
        this.axe = axeId == null ? null : convention.axe(axeId).orElse(null);
        return ficheId == null || fiche != null;
    }

    /** The axe this indicator is reported under: the one set on the link, else the fiche's first axe. */
    public Optional<AxeLu> axeDeRattachement() {
        if (axe != null) {
            return Optional.of(axe);
        }
        return fiche == null ? Optional.empty() : fiche.axes().stream().findFirst();
    }

    public AxeLu getAxe() {
        return axe;
    }

    public IndicateurFiche getParent() {
        return parent;
    }

    public boolean isSommeDesParties() {
        return sommeDesParties;
    }

    public String getTerritoire() {
        return territoire;
    }

    public String getFicheImprimee() {
        return ficheImprimee;
    }

    public int getOrdre() {
        return ordre;
    }

    public boolean isPublieAnnexe1() {
        return publieAnnexe1;
    }

    public boolean isPublieAnnexe4() {
        return publieAnnexe4;
    }

    public boolean isPublieFiche() {
        return publieFiche;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public String getExemption() {
        return exemption;
    }

    /** The label with its territory when the fiche has one table per territory (FA16). */
    public String getLibelle() {
        return territoire == null ? indicateur.getLibelle() : indicateur.getLibelle() + " — " + territoire;
    }

    /** The baseline year of this indicator's champ: the T0 "situation au 31/12/2023" has annee 2023. */
    public Optional<Integer> anneeT0() {
        return fiche == null ? Optional.empty() : Optional.of(fiche.champ().dateDebut().getYear() - 1);
    }

    /** Where a finding about this indicator is located. */
    public IndicateurContexte contexte() {
        return new IndicateurContexte(getLibelle(), indicateur.getTypeValeur(), indicateur.getSens(),
                fiche == null ? indicateur.getChampCode() : fiche.champ().code(),
                axeDeRattachement().map(AxeLu::numero).orElse(null),
                fiche == null ? null : fiche.numero());
    }
}
