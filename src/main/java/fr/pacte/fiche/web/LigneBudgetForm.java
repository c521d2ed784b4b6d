package fr.pacte.fiche.web;

import fr.pacte.financement.ColonneBudget;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the budget grid (axe × exercice) with its amounts as typed: the six standard columns by name
 * ({@code budget[0].etat}…), the other columns of the fiche in {@code supplements}, in the order of
 * {@link FicheActionForm#getColonnesSupplementaires()}.
 */
public class LigneBudgetForm {

    private Long axeId;
    private String axe;
    private Integer exercice;
    private String etat;
    private String etatReport;
    private String departement;
    private String valorisation;
    private String departementReport;
    private String autres;
    private List<String> supplements = new ArrayList<>();

    @Size(max = 1000, message = "{budget.justification.long}")
    private String justification;

    /** The typed text of each standard column, keyed by the field name the form uses. */
    Map<String, Map.Entry<ColonneBudget, String>> cellulesStandard() {
        Map<String, Map.Entry<ColonneBudget, String>> cellules = new LinkedHashMap<>();
        cellules.put("etat", Map.entry(ColonneBudget.ETAT_CREDITS, nn(etat)));
        cellules.put("etatReport", Map.entry(ColonneBudget.ETAT_REPORT, nn(etatReport)));
        cellules.put("departement", Map.entry(ColonneBudget.DEPARTEMENT_CREDITS, nn(departement)));
        cellules.put("valorisation", Map.entry(ColonneBudget.DEPARTEMENT_VALORISATION, nn(valorisation)));
        cellules.put("departementReport", Map.entry(ColonneBudget.DEPARTEMENT_REPORT, nn(departementReport)));
        cellules.put("autres", Map.entry(ColonneBudget.AUTRES, nn(autres)));
        return cellules;
    }

    void set(ColonneBudget colonne, String texte) {
        switch (colonne) {
            case ETAT_CREDITS -> etat = texte;
            case ETAT_REPORT -> etatReport = texte;
            case DEPARTEMENT_CREDITS -> departement = texte;
            case DEPARTEMENT_VALORISATION -> valorisation = texte;
            case DEPARTEMENT_REPORT -> departementReport = texte;
            case AUTRES -> autres = texte;
            default -> throw new IllegalArgumentException(colonne + " n'est pas une colonne standard");
        }
    }

    static String nn(String texte) {
        return texte == null ? "" : texte;
    }

    public Long getAxeId() {
        return axeId;
    }

    public void setAxeId(Long axeId) {
        this.axeId = axeId;
    }

    public String getAxe() {
        return axe;
    }

    public void setAxe(String axe) {
        this.axe = axe;
    }

    public Integer getExercice() {
        return exercice;
    }

    public void setExercice(Integer exercice) {
        this.exercice = exercice;
    }

    public String getEtat() {
        return etat;
    }

    public void setEtat(String etat) {
        this.etat = etat;
    }

    public String getEtatReport() {
        return etatReport;
    }

    public void setEtatReport(String etatReport) {
        this.etatReport = etatReport;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getValorisation() {
        return valorisation;
    }

    public void setValorisation(String valorisation) {
        this.valorisation = valorisation;
    }

    public String getDepartementReport() {
        return departementReport;
    }

    public void setDepartementReport(String departementReport) {
        this.departementReport = departementReport;
    }

    public String getAutres() {
        return autres;
    }

    public void setAutres(String autres) {
        this.autres = autres;
    }

    public List<String> getSupplements() {
        return supplements;
    }

    public void setSupplements(List<String> supplements) {
        this.supplements = supplements;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
