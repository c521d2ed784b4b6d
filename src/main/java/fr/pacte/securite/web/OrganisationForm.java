package fr.pacte.securite.web;

import fr.pacte.territoire.TypeOrganisation;

/** A new organisation: its type, its name, and its Département or région (as its type requires). */
public class OrganisationForm {

    private TypeOrganisation type;
    private String nom;
    private Long departementId;
    private Long regionId;

    public TypeOrganisation getType() {
        return type;
    }

    public void setType(TypeOrganisation type) {
        this.type = type;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public Long getDepartementId() {
        return departementId;
    }

    public void setDepartementId(Long departementId) {
        this.departementId = departementId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }
}
