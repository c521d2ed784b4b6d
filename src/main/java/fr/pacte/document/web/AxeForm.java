package fr.pacte.document.web;

import fr.pacte.convention.ConventionLue.AxeLu;

/** An axe of a champ as typed: its number, label, type (AXE, VOLET, THEME, SECTION) and parent in the champ's tree. */
public class AxeForm {

    private String numero;
    private String libelle;
    private String type = "AXE";
    private Long parentId;
    private boolean pariteApplicable = true;
    private String libelleCourt;

    static AxeForm de(AxeLu a) {
        AxeForm f = new AxeForm();
        f.numero = a.numero();
        f.libelle = a.libelle();
        f.type = a.type().name();
        f.parentId = a.parentId();
        f.pariteApplicable = a.pariteApplicable();
        f.libelleCourt = a.libelleCourt();
        return f;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getLibelle() {
        return libelle;
    }

    public void setLibelle(String libelle) {
        this.libelle = libelle;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isPariteApplicable() {
        return pariteApplicable;
    }

    public void setPariteApplicable(boolean pariteApplicable) {
        this.pariteApplicable = pariteApplicable;
    }

    public String getLibelleCourt() {
        return libelleCourt;
    }

    public void setLibelleCourt(String libelleCourt) {
        this.libelleCourt = libelleCourt;
    }
}
