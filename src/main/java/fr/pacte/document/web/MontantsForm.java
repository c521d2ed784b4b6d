package fr.pacte.document.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The State amounts written in the articles for one exercice (R-FIN-4): one row for each champ covering it and one
 * for each of its axes, with the amount in words when the article gives it (checked, R-FIN-13). Amounts stay text
 * until they are valid.
 */
public class MontantsForm {

    private List<Ligne> lignes = new ArrayList<>();

    public List<Ligne> getLignes() {
        return lignes;
    }

    public void setLignes(List<Ligne> lignes) {
        this.lignes = lignes;
    }

    /** One amount: its champ, its axe (null for the champ's own amount), the figures, the words, the article. */
    public static class Ligne {
        private Long champId;
        private Long axeId;
        private String libelle;
        private String montant;
        private String enLettres;
        private String article;
        private boolean previsionnel;

        public Long getChampId() {
            return champId;
        }

        public void setChampId(Long champId) {
            this.champId = champId;
        }

        public Long getAxeId() {
            return axeId;
        }

        public void setAxeId(Long axeId) {
            this.axeId = axeId;
        }

        public String getLibelle() {
            return libelle;
        }

        public void setLibelle(String libelle) {
            this.libelle = libelle;
        }

        public String getMontant() {
            return montant;
        }

        public void setMontant(String montant) {
            this.montant = montant;
        }

        public String getEnLettres() {
            return enLettres;
        }

        public void setEnLettres(String enLettres) {
            this.enLettres = enLettres;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }

        public boolean isPrevisionnel() {
            return previsionnel;
        }

        public void setPrevisionnel(boolean previsionnel) {
            this.previsionnel = previsionnel;
        }
    }
}
