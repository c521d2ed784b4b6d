package fr.pacte.avenant.web;

import fr.pacte.avenant.DocumentAvenant;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The délibération and signature of an avenant as the finance officer types them (R-ADM-3, R-ADM-4, R-DATE-6). */
public class DeliberationForm {

    private String organe;
    @Size(max = 50)
    private String numero;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateSeance;
    private Integer pour;
    private Integer contre;
    private Integer abstentions;
    private Integer presents;
    private Integer representes;
    private Integer nePrennentPasPart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateTransmission;
    @Size(max = 100)
    private String identifiantTransmission;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datePublication;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateSignature;

    DocumentAvenant.Deliberation deliberation() {
        return new DocumentAvenant.Deliberation(organe, numero, dateSeance, pour, contre, abstentions, presents,
                representes, nePrennentPasPart, dateTransmission, identifiantTransmission, datePublication);
    }

    public String getOrgane() {
        return organe;
    }

    public void setOrgane(String organe) {
        this.organe = organe;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public LocalDate getDateSeance() {
        return dateSeance;
    }

    public void setDateSeance(LocalDate dateSeance) {
        this.dateSeance = dateSeance;
    }

    public Integer getPour() {
        return pour;
    }

    public void setPour(Integer pour) {
        this.pour = pour;
    }

    public Integer getContre() {
        return contre;
    }

    public void setContre(Integer contre) {
        this.contre = contre;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public Integer getPresents() {
        return presents;
    }

    public void setPresents(Integer presents) {
        this.presents = presents;
    }

    public Integer getRepresentes() {
        return representes;
    }

    public void setRepresentes(Integer representes) {
        this.representes = representes;
    }

    public Integer getNePrennentPasPart() {
        return nePrennentPasPart;
    }

    public void setNePrennentPasPart(Integer nePrennentPasPart) {
        this.nePrennentPasPart = nePrennentPasPart;
    }

    public LocalDate getDateTransmission() {
        return dateTransmission;
    }

    public void setDateTransmission(LocalDate dateTransmission) {
        this.dateTransmission = dateTransmission;
    }

    public String getIdentifiantTransmission() {
        return identifiantTransmission;
    }

    public void setIdentifiantTransmission(String identifiantTransmission) {
        this.identifiantTransmission = identifiantTransmission;
    }

    public LocalDate getDatePublication() {
        return datePublication;
    }

    public void setDatePublication(LocalDate datePublication) {
        this.datePublication = datePublication;
    }

    public LocalDate getDateSignature() {
        return dateSignature;
    }

    public void setDateSignature(LocalDate dateSignature) {
        this.dateSignature = dateSignature;
    }
}
