package fr.pacte.indicateur;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored value: T0, cible or résultat of one year for one indicator of one fiche. Holds a {@link Valeur}
 * (exactly one of nombre / code / texte, R-IND-3, also enforced by the database) and what goes with it.
 */
@Entity
public class ValeurIndicateur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicateur_fiche_id")
    private IndicateurFiche indicateurFiche;

    private int annee;

    @Enumerated(EnumType.STRING)
    private NatureValeur nature;

    @Enumerated(EnumType.STRING)
    private TypeValeur typeValeur;

    private BigDecimal nombre;

    @Enumerated(EnumType.STRING)
    private CodeValeur code;

    private String texte;

    private String qualificatif;

    private String renvoi;

    private String commentaire;

    private BigDecimal numerateur;

    private BigDecimal denominateur;

    private LocalDate dateReference;

    @Enumerated(EnumType.STRING)
    private StatutValeur statut = StatutValeur.SAISIE;

    private boolean demo;

    private String saisiPar;

    private LocalDateTime saisiLe;

    @Version
    private long version;

    protected ValeurIndicateur() {
    }

    ValeurIndicateur(IndicateurFiche indicateurFiche, Periode periode) {
        this.indicateurFiche = indicateurFiche;
        this.annee = periode.annee();
        this.nature = periode.nature();
        if (periode.nature() == NatureValeur.T0) {
            this.dateReference = LocalDate.of(periode.annee(), 12, 31);
        }
    }

    /** Replaces the value; a changed value is a real entry again (no longer demo) and back to draft. */
    void saisir(Valeur valeur, String commentaire, String par, LocalDateTime le) {
        boolean nouvelle = nombre == null && code == null && texte == null;
        boolean change = nouvelle || !valeur.equals(getValeur())
                || !java.util.Objects.equals(commentaire, this.commentaire);
        this.typeValeur = valeur.type();
        this.nombre = valeur.nombre();
        this.code = valeur.code();
        this.texte = valeur.texte();
        this.qualificatif = valeur.qualificatif();
        this.renvoi = valeur.renvoi();
        this.commentaire = commentaire;
        if (change) {
            this.demo = false;
            this.statut = StatutValeur.SAISIE;
            this.saisiPar = par;
            this.saisiLe = le;
        }
    }

    /** R-IND-5: the numerator and denominator a rate is computed from, as a document gives them. */
    void fixerTermes(BigDecimal numerateur, BigDecimal denominateur) {
        this.numerateur = numerateur;
        this.denominateur = denominateur;
    }

    void soumettre() {
        this.statut = StatutValeur.SOUMISE;
    }

    public Long getId() {
        return id;
    }

    public IndicateurFiche getIndicateurFiche() {
        return indicateurFiche;
    }

    public Periode getPeriode() {
        return new Periode(annee, nature);
    }

    public int getAnnee() {
        return annee;
    }

    public NatureValeur getNature() {
        return nature;
    }

    public Valeur getValeur() {
        return new Valeur(typeValeur, nombre, code, texte, qualificatif, renvoi);
    }

    public String getAffichage() {
        return getValeur().affichage();
    }

    public String getCommentaire() {
        return commentaire;
    }

    public BigDecimal getNumerateur() {
        return numerateur;
    }

    public BigDecimal getDenominateur() {
        return denominateur;
    }

    /** R-IND-5: the rate computed from numerator and denominator, when both are recorded. */
    public java.util.Optional<BigDecimal> getTauxCalcule() {
        return Taux.calculer(numerateur, denominateur);
    }

    public LocalDate getDateReference() {
        return dateReference;
    }

    public StatutValeur getStatut() {
        return statut;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getSaisiPar() {
        return saisiPar;
    }

    public LocalDateTime getSaisiLe() {
        return saisiLe;
    }

    public long getVersion() {
        return version;
    }
}
