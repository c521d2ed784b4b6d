package fr.pacte.imputation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The State imputation of a champ (or of one of its axes): Chorus programme, centre financier, centre de coût,
 * domaine fonctionnel and activité (DOMAIN.md §3.5, §9.6). A champ may have several (FT: two activités, Q6).
 */
@Entity
public class ImputationEtat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long champId;

    private Long axeId;

    private String programme;

    private String action;

    private String centreFinancier;

    private String centreCout;

    private String domaineFonctionnel;

    private String activiteCode;

    private String activiteLibelle;

    private String categorieProduit;

    private int ordre;

    protected ImputationEtat() {
    }

    /** The fields a finance officer of the State may change. */
    public record Champs(String programme, String centreFinancier, String centreCout, String domaineFonctionnel,
            String activiteCode, String activiteLibelle) {
    }

    public Champs champs() {
        return new Champs(programme, centreFinancier, centreCout, domaineFonctionnel, activiteCode, activiteLibelle);
    }

    void changer(Champs c) {
        this.programme = c.programme();
        this.centreFinancier = c.centreFinancier();
        this.centreCout = c.centreCout();
        this.domaineFonctionnel = c.domaineFonctionnel();
        this.activiteCode = c.activiteCode();
        this.activiteLibelle = c.activiteLibelle();
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getChampId() {
        return champId;
    }

    public Long getAxeId() {
        return axeId;
    }

    public String getProgramme() {
        return programme;
    }

    public String getAction() {
        return action;
    }

    public String getCentreFinancier() {
        return centreFinancier;
    }

    public String getCentreCout() {
        return centreCout;
    }

    public String getDomaineFonctionnel() {
        return domaineFonctionnel;
    }

    public String getActiviteCode() {
        return activiteCode;
    }

    public String getActiviteLibelle() {
        return activiteLibelle;
    }

    public String getCategorieProduit() {
        return categorieProduit;
    }

    public int getOrdre() {
        return ordre;
    }
}
