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
import java.math.BigDecimal;

/**
 * A value as an imported document printed it in one place (fiche table, annexe 1, annexe 4): a declared figure,
 * kept for comparison and never used as data (R-IND-1, R-IMP-2). An empty {@code texte} is an empty cell.
 */
@Entity
public class ValeurDeclaree {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicateur_fiche_id")
    private IndicateurFiche indicateurFiche;

    @Enumerated(EnumType.STRING)
    private Annexe annexe;

    private int annee;

    @Enumerated(EnumType.STRING)
    private NatureValeur nature;

    private String texte;

    @Enumerated(EnumType.STRING)
    private TypeValeur typeValeur;

    private BigDecimal nombre;

    @Enumerated(EnumType.STRING)
    private CodeValeur code;

    private String texteLu;

    private String source;

    protected ValeurDeclaree() {
    }

    /** A value printed in one place of a document, typed like an entered value (R-IND-3) when it can be read. */
    ValeurDeclaree(IndicateurFiche lien, Annexe annexe, Periode periode, String texte, Valeur lue, String source) {
        this.indicateurFiche = lien;
        this.annexe = annexe;
        this.annee = periode.annee();
        this.nature = periode.nature();
        this.texte = texte;
        this.source = source;
        if (lue != null) {
            this.typeValeur = lue.type();
            this.nombre = lue.nombre();
            this.code = lue.code();
            this.texteLu = lue.texte();
        }
    }

    public Long getId() {
        return id;
    }

    public IndicateurFiche getIndicateurFiche() {
        return indicateurFiche;
    }

    public Annexe getAnnexe() {
        return annexe;
    }

    public Periode getPeriode() {
        return new Periode(annee, nature);
    }

    public String getTexte() {
        return texte;
    }

    public String getSource() {
        return source;
    }

    /**
     * The printed value typed (R-IND-3): the parsed columns when the import stored them, else the printed text read
     * again; null for an empty cell.
     */
    public ValeurImprimee imprimee() {
        Valeur valeur;
        if (nombre != null) {
            valeur = Valeur.nombre(typeValeur == null ? TypeValeur.ENTIER : typeValeur, nombre);
        } else if (code != null) {
            valeur = Valeur.code(code);
        } else if (texteLu != null && !texteLu.isBlank()) {
            valeur = Valeur.texte(texteLu);
        } else {
            valeur = ValeurParser.lire(texte).map(Lecture::valeur).orElse(null);
        }
        return new ValeurImprimee(annexe, getPeriode(), texte, valeur);
    }
}
