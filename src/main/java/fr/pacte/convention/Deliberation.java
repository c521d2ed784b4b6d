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

    /** R-ADM-4: members present who do not take part in the vote. */
    private Integer nePrennentPasPart;

    protected Deliberation() {
    }

    /** The fields of a délibération as a document gives them (contracts/convention.md); checked by the caller. */
    public record Saisie(String organe, String numeroRapport, String titre, LocalDate dateConvocation,
            LocalDate dateSeance, String president, String secretaire, String decision, Integer pour, Integer contre,
            Integer abstentions, Integer presents, Integer representes, Integer nePrennentPasPart, Integer absents,
            LocalDate dateTeletransmission, String identifiantTeletransmission, LocalDate datePublication) {
    }

    Deliberation(Convention convention, Saisie s) {
        this.convention = convention;
        modifier(s);
    }

    void modifier(Saisie s) {
        this.organe = s.organe();
        this.numeroRapport = s.numeroRapport();
        this.titre = s.titre();
        this.dateConvocation = s.dateConvocation();
        this.dateSeance = s.dateSeance();
        this.president = s.president();
        this.secretaire = s.secretaire();
        this.decision = s.decision();
        this.pour = s.pour();
        this.contre = s.contre();
        this.abstentions = s.abstentions();
        this.presents = s.presents();
        this.representes = s.representes();
        this.nePrennentPasPart = s.nePrennentPasPart();
        this.absents = s.absents();
        this.dateTeletransmission = s.dateTeletransmission();
        this.identifiantTeletransmission = s.identifiantTeletransmission();
        this.datePublication = s.datePublication();
    }

    public Saisie saisie() {
        return new Saisie(organe, numeroRapport, titre, dateConvocation, dateSeance, president, secretaire, decision,
                pour, contre, abstentions, presents, representes, nePrennentPasPart, absents, dateTeletransmission,
                identifiantTeletransmission, datePublication);
    }

    public Integer getNePrennentPasPart() {
        return nePrennentPasPart;
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
