package fr.pacte.securite.web;

import fr.pacte.securite.AdministrationComptes.CompteVue;
import fr.pacte.securite.AdministrationComptes.DonneesCompte;
import fr.pacte.securite.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account form of the administration: creation (with a first password) and edit (a new one optional). */
public class CompteForm {

    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "{compte.login.format}")
    private String login;

    @NotBlank(message = "{compte.nom.obligatoire}")
    @Size(max = 200, message = "{compte.nom.long}")
    private String nomAffiche;

    private Role role;
    private Long departementId;
    private Long regionId;
    private Long organisationId;
    private String motDePasse;

    static CompteForm depuis(CompteVue compte) {
        CompteForm form = new CompteForm();
        form.login = compte.login();
        form.nomAffiche = compte.nomAffiche();
        form.role = compte.role();
        form.departementId = compte.departementId();
        form.regionId = compte.regionId();
        form.organisationId = compte.organisationId();
        return form;
    }

    DonneesCompte donnees() {
        return new DonneesCompte(login, nomAffiche, role, departementId, regionId, organisationId);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login == null ? null : login.strip();
    }

    public String getNomAffiche() {
        return nomAffiche;
    }

    public void setNomAffiche(String nomAffiche) {
        this.nomAffiche = nomAffiche;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** Never sent back to the page: a refused form asks for it again. */
    public String getMotDePasse() {
        return null;
    }

    String motDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }
}
