package fr.pacte.indicateur.web;

import fr.pacte.indicateur.Grille;
import fr.pacte.indicateur.SaisieIndicateurService;

/** One row of the annual entry grid as typed: the cells stay text so that a rejected form shows what was typed. */
public class LigneSaisieForm {

    private Long id;
    // null = the browser did not send the cell: the stored value is left as it is.
    private String t0;
    private String cible;
    private String resultat;
    private String commentaire;

    public LigneSaisieForm() {
    }

    static LigneSaisieForm de(Grille.LigneGrille ligne) {
        LigneSaisieForm form = new LigneSaisieForm();
        form.id = ligne.id();
        form.t0 = ligne.t0();
        form.cible = ligne.cible();
        form.resultat = ligne.resultat();
        form.commentaire = ligne.commentaire();
        return form;
    }

    SaisieIndicateurService.Saisie saisie() {
        return new SaisieIndicateurService.Saisie(id, t0, cible, resultat, commentaire);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getT0() {
        return t0;
    }

    public void setT0(String t0) {
        this.t0 = t0;
    }

    public String getCible() {
        return cible;
    }

    public void setCible(String cible) {
        this.cible = cible;
    }

    public String getResultat() {
        return resultat;
    }

    public void setResultat(String resultat) {
        this.resultat = resultat;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }
}
