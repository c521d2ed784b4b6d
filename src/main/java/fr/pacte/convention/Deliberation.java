package fr.pacte.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Decision of the Conseil départemental or its Commission permanente authorising the signature (DOMAIN.md §3.7). */
@Entity
public class Deliberation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id")
    private Convention convention;

    private String organe;

    private String numeroRapport;

    private String titre;

    private LocalDate dateConvocation;

    private LocalDate dateSeance;

    private String president;

    private String secretaire;

    private String decision;

    @Column(name = "voix_pour")
    private Integer pour;

    @Column(name = "voix_contre")
    private Integer contre;

    private Integer abstentions;

    private Integer presents;

    private Integer representes;

    private Integer absents;

    private LocalDate dateTeletransmission;

    private String identifiantTeletransmission;

    private LocalDate datePublication;

    protected Deliberation() {
    }

    public Long getId() {
        return id;
    }

    public String getOrgane() {
        return organe;
    }

    /** Message key of the organe's French name (messages.properties): Commission permanente or Conseil départemental. */
    public String getOrganeCle() {
        return "convention.deliberation.organe."
                + ("COMMISSION_PERMANENTE".equals(organe) ? "COMMISSION_PERMANENTE" : "CONSEIL_DEPARTEMENTAL");
    }

    public String getNumeroRapport() {
        return numeroRapport;
    }

    public String getTitre() {
        return titre;
    }

    public LocalDate getDateConvocation() {
        return dateConvocation;
    }

    public LocalDate getDateSeance() {
        return dateSeance;
    }

    public String getPresident() {
        return president;
    }

    public String getSecretaire() {
        return secretaire;
    }

    public String getDecision() {
        return decision;
    }

    public Integer getPour() {
        return pour;
    }

    public Integer getContre() {
        return contre;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public Integer getPresents() {
        return presents;
    }

    public Integer getRepresentes() {
        return representes;
    }

    public Integer getAbsents() {
        return absents;
    }

    public LocalDate getDateTeletransmission() {
        return dateTeletransmission;
    }

    public String getIdentifiantTeletransmission() {
        return identifiantTeletransmission;
    }

    public LocalDate getDatePublication() {
        return datePublication;
    }
}
