package fr.pacte.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A party to the convention (État, Département, partenaire) and who represents it. */
@Entity
public class Partie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id")
    private Convention convention;

    private String role;

    private String organisme;

    private String representant;

    private String qualite;

    private String acteNomination;

    private int ordre;

    protected Partie() {
    }

    Partie(Convention convention, String role, String organisme, String representant, String qualite,
            String acteNomination, int ordre) {
        this.convention = convention;
        this.role = role;
        this.organisme = organisme;
        this.representant = representant;
        this.qualite = qualite;
        this.acteNomination = acteNomination;
        this.ordre = ordre;
    }

    public Long getId() {
        return id;
    }

    public String getRole() {
        return role;
    }

    public String getOrganisme() {
        return organisme;
    }

    public String getRepresentant() {
        return representant;
    }

    public String getQualite() {
        return qualite;
    }

    public String getActeNomination() {
        return acteNomination;
    }

    public int getOrdre() {
        return ordre;
    }
}
