package fr.pacte.territoire;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A collectivité or a State service, attached to exactly one Département or one région. */
@Entity
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TypeOrganisation type;

    private String nom;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "departement_id")
    private Departement departement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    protected Organisation() {
    }

    Organisation(TypeOrganisation type, String nom, Departement departement, Region region) {
        if ((departement == null) == (region == null)) {
            throw new IllegalArgumentException("Une organisation relève d'un Département ou d'une région");
        }
        this.type = type;
        this.nom = nom;
        this.departement = departement;
        this.region = region;
    }

    Long getId() {
        return id;
    }

    TypeOrganisation getType() {
        return type;
    }

    String getNom() {
        return nom;
    }

    Departement getDepartement() {
        return departement;
    }

    Region getRegion() {
        return region;
    }
}
