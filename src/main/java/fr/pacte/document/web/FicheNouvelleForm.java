package fr.pacte.document.web;

import fr.pacte.convention.StatutFiche;
import java.util.ArrayList;
import java.util.List;

/**
 * A new fiche of a convention in ELABORATION: its champ, key (defaults to its number, R-IMP-8), printed number,
 * title, description, statut and axes. Its budget is then entered in the fiche form, like any fiche's.
 */
public class FicheNouvelleForm {

    private Long champId;
    private String cle;
    private String numero;
    private String intitule;
    private String description;
    private StatutFiche statut = StatutFiche.NOUVELLE;
    private List<Long> axeIds = new ArrayList<>();

    public Long getChampId() {
        return champId;
    }

    public void setChampId(Long champId) {
        this.champId = champId;
    }

    public String getCle() {
        return cle;
    }

    public void setCle(String cle) {
        this.cle = cle;
    }

    public String getNumero() {
        return numero;
    }

    public void setNumero(String numero) {
        this.numero = numero;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StatutFiche getStatut() {
        return statut;
    }

    public void setStatut(StatutFiche statut) {
        this.statut = statut;
    }

    public List<Long> getAxeIds() {
        return axeIds;
    }

    public void setAxeIds(List<Long> axeIds) {
        this.axeIds = axeIds;
    }
}
