package fr.pacte.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An account. Its role and périmètre follow R-SEC-1..4 (checked by {@link PerimetreRule} before any change); its
 * password is a bcrypt hash, "provisoire" when set by an administrator (changed at the first sign-in).
 */
@Entity
class Utilisateur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    @Column(name = "mot_de_passe")
    private String motDePasse;

    private String nomAffiche;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** Free text shown in the header; the name of the organisation row when there is one. */
    private String organisation;

    private Long organisationId;

    private Long departementId;

    private Long regionId;

    private boolean actif;

    private boolean motDePasseProvisoire;

    private Instant derniereConnexion;

    private Instant creeLe;

    protected Utilisateur() {
    }

    Utilisateur(String login, String nomAffiche, Role role, String organisation, Long organisationId,
            Long departementId, Long regionId, String motDePasseProvisoireChiffre, Instant creeLe) {
        this.login = login;
        this.nomAffiche = nomAffiche;
        this.role = role;
        this.organisation = organisation;
        this.organisationId = organisationId;
        this.departementId = departementId;
        this.regionId = regionId;
        this.motDePasse = motDePasseProvisoireChiffre;
        this.motDePasseProvisoire = true;
        this.actif = true;
        this.creeLe = creeLe;
    }

    void modifier(String nomAffiche, Role role, String organisation, Long organisationId, Long departementId,
            Long regionId) {
        this.nomAffiche = nomAffiche;
        this.role = role;
        this.organisation = organisation;
        this.organisationId = organisationId;
        this.departementId = departementId;
        this.regionId = regionId;
    }

    /** Set by an administrator: the user must choose their own at the next sign-in. */
    void definirMotDePasseProvisoire(String chiffre) {
        this.motDePasse = chiffre;
        this.motDePasseProvisoire = true;
    }

    /** Chosen by the user. */
    void changerMotDePasse(String chiffre) {
        this.motDePasse = chiffre;
        this.motDePasseProvisoire = false;
    }

    void desactiver() {
        this.actif = false;
    }

    void reactiver() {
        this.actif = true;
    }

    Long getId() {
        return id;
    }

    String getLogin() {
        return login;
    }

    String getMotDePasse() {
        return motDePasse;
    }

    String getNomAffiche() {
        return nomAffiche;
    }

    Role getRole() {
        return role;
    }

    String getOrganisation() {
        return organisation;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getDepartementId() {
        return departementId;
    }

    Long getRegionId() {
        return regionId;
    }

    boolean isActif() {
        return actif;
    }

    boolean isMotDePasseProvisoire() {
        return motDePasseProvisoire;
    }

    Instant getDerniereConnexion() {
        return derniereConnexion;
    }

    Instant getCreeLe() {
        return creeLe;
    }
}
