package fr.pacte.indicateur;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Catalogue entry (DOMAIN.md §3.6): a national indicator of the State framework (no convention) or a local one
 * defined by a convention. Its values live on {@link IndicateurFiche}, one per fiche that carries it.
 */
@Entity
public class Indicateur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String libelle;

    private String aliases;

    @Enumerated(EnumType.STRING)
    private Portee portee;

    @Enumerated(EnumType.STRING)
    private TypeValeur typeValeur;

    private String unite;

    @Enumerated(EnumType.STRING)
    private Sens sens;

    @Enumerated(EnumType.STRING)
    private NatureMesure natureMesure;

    private String numerateur;

    private String denominateur;

    private String definition;

    private String source;

    private String codeNational;

    private String thematique;

    private String champCode;

    private Long conventionId;

    private Long departementId;

    protected Indicateur() {
    }

    /** A catalogue entry defined by a convention document (a local one, or a national one the catalogue lacks). */
    Indicateur(Long conventionId, IndicateurDocument d, Portee portee, TypeValeur type) {
        this.conventionId = conventionId;
        this.portee = portee;
        this.typeValeur = type;
        this.code = d.code();
        this.libelle = d.libelle().strip();
        this.aliases = d.aliases();
        this.unite = d.unite();
        this.sens = d.sens() == null ? Sens.HAUSSE : Sens.valueOf(d.sens());
        this.natureMesure = d.nature() == null ? null : NatureMesure.valueOf(d.nature());
        this.numerateur = d.numerateur();
        this.denominateur = d.denominateur();
        this.definition = d.definition();
        this.source = d.source();
        this.codeNational = portee == Portee.NATIONAL ? d.codeNational() : null;
        this.thematique = d.thematique();
        this.champCode = d.champ();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getAliases() {
        return aliases;
    }

    public Portee getPortee() {
        return portee;
    }

    public TypeValeur getTypeValeur() {
        return typeValeur;
    }

    public String getUnite() {
        return unite;
    }

    public Sens getSens() {
        return sens;
    }

    public NatureMesure getNatureMesure() {
        return natureMesure;
    }

    public String getNumerateur() {
        return numerateur;
    }

    public String getDenominateur() {
        return denominateur;
    }

    public String getDefinition() {
        return definition;
    }

    public String getSource() {
        return source;
    }

    public String getCodeNational() {
        return codeNational;
    }

    public String getThematique() {
        return thematique;
    }

    public String getChampCode() {
        return champCode;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getDepartementId() {
        return departementId;
    }
}
