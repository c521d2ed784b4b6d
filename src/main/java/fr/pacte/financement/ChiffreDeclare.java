package fr.pacte.financement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Objects;

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

    /** What a declared figure is about (the same thing may be printed twice, in two documents). */
    record Cle(String objet, Long champId, Long axeId, String axesNumeros, Long ficheId, Integer exercice,
            String colonne) {

        static Cle de(EcritureMontants.DeclareVoulu v) {
            return new Cle(v.objet(), v.champId(), v.axeId(), v.axesNumeros(), v.ficheId(), v.exercice(), v.colonne());
        }
    }

    Cle cle() {
        return new Cle(objet, champId, axeId, axesNumeros, ficheId, exercice, colonne);
    }

    /** Whether saving {@code v} at rank {@code rang} would change nothing of this row. */
    boolean identique(EcritureMontants.DeclareVoulu v, int rang) {
        return valeur.compareTo(LigneFinancement.montantValide(v.valeur())) == 0
                && Objects.equals(texteSource, v.texteSource()) && Objects.equals(source, v.source())
                && Objects.equals(code, v.code()) && ordre == rang;
    }

    void changer(EcritureMontants.DeclareVoulu v, int rang) {
        this.valeur = LigneFinancement.montantValide(v.valeur());
        this.texteSource = v.texteSource();
        this.source = v.source();
        this.code = v.code();
        this.ordre = rang;
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
