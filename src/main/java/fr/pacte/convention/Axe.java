package fr.pacte.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A thematic group of a champ (axe, volet, thème or section), in the order of the annexe 2. */
@Entity
public class Axe {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "champ_id")
    private Champ champ;

    @Enumerated(EnumType.STRING)
    private TypeAxe type;

    private String numero;

    private String numeroPilier;

    private String libelle;

    private String libelleCourt;

    private String activiteChorus;

    private boolean pariteApplicable;

    private int ordre;

    /** The parent axe of the same champ (a CALPAE thème under its section "Socle"); null for a root. */
    private Long parentId;

    protected Axe() {
    }

    Axe(Champ champ, TypeAxe type, String numero, String libelle, boolean pariteApplicable, int ordre) {
        this.champ = champ;
        this.type = type;
        this.numero = numero;
        this.libelle = libelle;
        this.pariteApplicable = pariteApplicable;
        this.ordre = ordre;
    }

    /** Changes what the axe says; the caller has checked the values and that the champ is still being drafted. */
    void decrire(TypeAxe type, String numero, String libelle, String libelleCourt, String numeroPilier,
            String activiteChorus, boolean pariteApplicable) {
        this.type = type;
        this.numero = numero;
        this.libelle = libelle;
        this.libelleCourt = libelleCourt;
        this.numeroPilier = numeroPilier;
        this.activiteChorus = activiteChorus;
        this.pariteApplicable = pariteApplicable;
    }

    void rattacher(Long parentId) {
        this.parentId = parentId;
    }

    void placer(int ordre) {
        this.ordre = ordre;
    }

    public Long getId() {
        return id;
    }

    public Champ getChamp() {
        return champ;
    }

    public TypeAxe getType() {
        return type;
    }

    public String getNumero() {
        return numero;
    }

    public String getNumeroPilier() {
        return numeroPilier;
    }

    public String getLibelle() {
        return libelle;
    }

    public String getLibelleCourt() {
        return libelleCourt;
    }

    /** "Axe 2 — Lutter contre …" */
    public String getDesignation() {
        return type.getLibelle() + " " + numero + " — " + libelle;
    }

    public String getActiviteChorus() {
        return activiteChorus;
    }

    public boolean isPariteApplicable() {
        return pariteApplicable;
    }

    public int getOrdre() {
        return ordre;
    }

    public Long getParentId() {
        return parentId;
    }
}
