package fr.pacte.convention;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The descriptive fields of a fiche in some versions of its convention; the fiche's identity never changes. */
@Entity
@Table(name = "fiche_action_contenu")
class FicheContenu {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fiche_id")
    private FicheAction fiche;

    @Embedded
    private Validite validite;

    private String intitule;
    private String libelleAnnexe;
    private String codeAlternatif;
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

    protected FicheContenu() {
    }

    FicheContenu(FicheAction fiche, int version, FicheAction.Description d) {
        this.fiche = fiche;
        this.validite = Validite.depuis(version);
        remplacer(d);
    }

    FicheAction getFiche() {
        return fiche;
    }

    Validite getValidite() {
        return validite;
    }

    void remplacer(FicheAction.Description d) {
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

    FicheAction.Description description() {
        return new FicheAction.Description(intitule, libelleAnnexe, codeAlternatif, description, publicCible, territoire,
                pilote, partenaires, operateur, dateMiseEnPlaceTexte, dureeTexte, statut);
    }
}
