package fr.pacte.financement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/**
 * A figure printed in a document (fiche text, Rapport du Président…), kept to be compared with the computed one and
 * never used as data (R-IMP-2). Example: fiche 3 "Part CD : 135 090 €" against 135 096 € of lines (FX-3).
 */
@Entity
public class ChiffreDeclare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long ficheId;

    private Long axeId;

    private Integer exercice;

    private String code;

    private String colonne;

    private BigDecimal valeur;

    private String texteSource;

    private String source;

    private Long champId;

    /** CONVENTION, CHAMP, AXE or FICHE (contracts/convention.md, declares[].objet). */
    private String objet;

    /** A sub-total over a union of axes ("Sous total 4+5"): their numbers, separated by commas. */
    private String axesNumeros;

    private int ordre;

    protected ChiffreDeclare() {
    }

    ChiffreDeclare(Long conventionId, EcritureMontants.DeclareVoulu v, int ordre) {
        this.conventionId = conventionId;
        this.objet = v.objet();
        this.champId = v.champId();
        this.axeId = v.axeId();
        this.axesNumeros = v.axesNumeros();
        this.ficheId = v.ficheId();
        this.exercice = v.exercice();
        this.code = v.code();
        this.colonne = v.colonne();
        this.valeur = LigneFinancement.montantValide(v.valeur());
        this.texteSource = v.texteSource();
        this.source = v.source();
        this.ordre = ordre;
    }

    public Long getChampId() {
        return champId;
    }

    public String getObjet() {
        return objet;
    }

    public String getAxesNumeros() {
        return axesNumeros;
    }

    public int getOrdre() {
        return ordre;
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getFicheId() {
        return ficheId;
    }

    public Long getAxeId() {
        return axeId;
    }

    public Integer getExercice() {
        return exercice;
    }

    public String getCode() {
        return code;
    }

    public String getColonne() {
        return colonne;
    }

    public BigDecimal getValeur() {
        return valeur;
    }

    public String getTexteSource() {
        return texteSource;
    }

    public String getSource() {
        return source;
    }
}
