package fr.pacte.avenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The délibération that authorises the signature of an avenant (DOMAIN.md §3.7, R-ADM-3): organe, number, séance,
 * votes and attendance, transmission and publication. Field names of contracts/convention.md.
 */
@Embeddable
public class DeliberationAvenant {

    @Column(name = "deliberation_organe")
    private String organe;
    @Column(name = "deliberation_numero")
    private String numero;
    @Column(name = "deliberation_date_seance")
    private LocalDate dateSeance;
    @Column(name = "deliberation_pour")
    private Integer pour;
    @Column(name = "deliberation_contre")
    private Integer contre;
    @Column(name = "deliberation_abstentions")
    private Integer abstentions;
    @Column(name = "deliberation_presents")
    private Integer presents;
    @Column(name = "deliberation_representes")
    private Integer representes;
    @Column(name = "deliberation_ne_prennent_pas_part")
    private Integer nePrennentPasPart;
    @Column(name = "deliberation_date_transmission")
    private LocalDate dateTransmission;
    @Column(name = "deliberation_identifiant_transmission")
    private String identifiantTransmission;
    @Column(name = "deliberation_date_publication")
    private LocalDate datePublication;

    protected DeliberationAvenant() {
    }

    DeliberationAvenant(DocumentAvenant.Deliberation d) {
        this.organe = d.organe();
        this.numero = d.numero();
        this.dateSeance = d.dateSeance();
        this.pour = d.pour();
        this.contre = d.contre();
        this.abstentions = d.abstentions();
        this.presents = d.presents();
        this.representes = d.representes();
        this.nePrennentPasPart = d.nePrennentPasPart();
        this.dateTransmission = d.dateTransmission();
        this.identifiantTransmission = d.identifiantTransmission();
        this.datePublication = d.datePublication();
    }

    DocumentAvenant.Deliberation document() {
        return new DocumentAvenant.Deliberation(organe, numero, dateSeance, pour, contre, abstentions, presents,
                representes, nePrennentPasPart, dateTransmission, identifiantTransmission, datePublication);
    }

    boolean vide() {
        return organe == null && dateSeance == null;
    }
}
