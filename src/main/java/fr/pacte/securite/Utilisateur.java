package fr.pacte.securite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

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

    private String organisation;

    private Long departementId;

    private Long regionId;

    private boolean actif;

    protected Utilisateur() {
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

    Long getDepartementId() {
        return departementId;
    }

    Long getRegionId() {
        return regionId;
    }

    boolean isActif() {
        return actif;
    }
}
