package fr.pacte.securite.web;

/** A new personal API token: what it is for, and for how many days. */
public class JetonForm {

    private String libelle;
    private Integer jours = 90;

    public String getLibelle() {
        return libelle;
    }

    public void setLibelle(String libelle) {
        this.libelle = libelle;
    }

    public Integer getJours() {
        return jours;
    }

    public void setJours(Integer jours) {
        this.jours = jours;
    }
}
