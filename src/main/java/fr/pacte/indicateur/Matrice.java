package fr.pacte.indicateur;

import java.math.BigDecimal;
import java.util.List;

/**
 * The indicators of a convention laid out as its annexes: per champ the Annexe 1 matrix (axe, then "Action n :
 * libellé" with its local indicators, T0 then cible / résultat per year, DOMAIN.md §7.2) with the attainment rates
 * (R-IND-12) per indicator, fiche and axe, and per champ the national indicators table (annexe 4 layout, §7.3).
 */
public record Matrice(String convention, List<BlocChamp> champs, List<TableauNational> nationaux) {

    public record BlocChamp(String code, String libelle, int anneeT0, List<Integer> annees, List<BlocAxe> axes) {

        public boolean vide() {
            return axes.isEmpty();
        }
    }

    public record BlocAxe(String numero, String designation, List<Integer> annees, List<BigDecimal> atteintes,
            List<BlocFiche> fiches) {

        public BigDecimal atteinte(int annee) {
            return atteintes.get(annees.indexOf(annee));
        }
    }

    public record BlocFiche(Long ficheId, String numero, String libelle, List<Integer> annees,
            List<BigDecimal> atteintes, List<Ligne> lignes) {

        public BigDecimal atteinte(int annee) {
            return atteintes.get(annees.indexOf(annee));
        }

        /** At least one row, even for an action without local indicator (its row then has no indicator). */
        public int hauteur() {
            return Math.max(1, lignes.size());
        }
    }

    /** One indicator: T0 then, per year, cible, résultat and attainment. */
    public record Ligne(Long id, String libelle, String unite, Portee portee, boolean sousIndicateur, Cellule t0,
            List<Annee> annees) {

        public Annee annee(int annee) {
            return annees.stream().filter(a -> a.annee() == annee).findFirst().orElseThrow();
        }
    }

    public record Annee(int annee, Cellule cible, Cellule resultat, BigDecimal atteinte) {
    }

    public record TableauNational(String champ, String libelle, int anneeT0, List<Integer> annees,
            List<SectionNationale> sections) {
    }

    public record SectionNationale(String thematique, List<LigneNationale> lignes) {
    }

    /** A national indicator; its label ends with the fiche references generated from its links. */
    public record LigneNationale(Long indicateurId, String libelle, String fiches, String exemption, Cellule t0,
            List<Annee> annees) {

        public Annee annee(int annee) {
            return annees.stream().filter(a -> a.annee() == annee).findFirst().orElseThrow();
        }
    }
}
