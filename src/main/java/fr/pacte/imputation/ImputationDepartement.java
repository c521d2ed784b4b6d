package fr.pacte.imputation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The departmental imputation of a fiche's lines (DOMAIN.md §3.5 ImputationDepartement): section, chapitre, fonction,
 * nature/article and the AP/AE reference, written chapitre-fonction-nature {@code 65-555-65748} (000c §4.8.4).
 * Optional per line (Q24).
 */
@Entity
public class ImputationDepartement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long ficheId;

    private Long axeId;

    private String section;

    private String chapitre;

    private String fonction;

    private String natureArticle;

    private String autorisation;

    private String libelle;

    protected ImputationDepartement() {
    }

    ImputationDepartement(Long conventionId, Long ficheId, Long axeId, String section, String chapitre,
            String fonction, String natureArticle, String autorisation, String libelle) {
        this.conventionId = conventionId;
        this.ficheId = ficheId;
        this.axeId = axeId;
        this.section = section;
        this.chapitre = chapitre;
        this.fonction = fonction;
        this.natureArticle = natureArticle;
        this.autorisation = autorisation;
        this.libelle = libelle;
    }

    /** "65-555-65748": chapitre-fonction-nature. */
    public String code() {
        return chapitre + "-" + (fonction == null ? "" : fonction) + "-" + natureArticle;
    }

    public Long getId() {
        return id;
    }

    public Long getFicheId() {
        return ficheId;
    }

    public Long getAxeId() {
        return axeId;
    }

    public String getSection() {
        return section;
    }

    public String getChapitre() {
        return chapitre;
    }

    public String getFonction() {
        return fonction;
    }

    public String getNatureArticle() {
        return natureArticle;
    }

    public String getAutorisation() {
        return autorisation;
    }

    public String getLibelle() {
        return libelle;
    }
}
