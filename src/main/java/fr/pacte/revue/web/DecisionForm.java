package fr.pacte.revue.web;

import fr.pacte.revue.RevoirFiche;
import fr.pacte.revue.RevueService;
import fr.pacte.revue.StatutLigne;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewer's one step (page « Revue » and inbox « À traiter »): a status and a comment per line, a comment on the
 * fiche, and the decision (valider or renvoyer). What was typed comes back on a refusal.
 */
public class DecisionForm {

    @Size(max = 20000, message = "{fiche.texte.long}")
    private String commentaire;

    private String decision;

    private List<LigneForm> lignes = new ArrayList<>();

    public static class LigneForm {
        private Long ligneId;
        private StatutLigne statut;
        @Size(max = 20000, message = "{fiche.texte.long}")
        private String commentaire;

        public Long getLigneId() {
            return ligneId;
        }

        public void setLigneId(Long ligneId) {
            this.ligneId = ligneId;
        }

        public StatutLigne getStatut() {
            return statut;
        }

        public void setStatut(StatutLigne statut) {
            this.statut = statut;
        }

        public String getCommentaire() {
            return commentaire;
        }

        public void setCommentaire(String commentaire) {
            this.commentaire = commentaire;
        }
    }

    /** The form as the page opens it: each line with its current status, no comment. */
    public static DecisionForm de(RevueService.RevueLue revue) {
        DecisionForm form = new DecisionForm();
        for (RevueService.LigneLue l : revue.lignes()) {
            LigneForm ligne = new LigneForm();
            ligne.ligneId = l.id();
            ligne.statut = l.statut();
            form.lignes.add(ligne);
        }
        return form;
    }

    boolean valider() {
        return "valider".equals(decision);
    }

    /** The lines whose status the reviewer sets now (a line left as it was with no comment is not touched). */
    List<RevoirFiche.DecisionLigne> decisions(RevueService.RevueLue revue) {
        List<RevoirFiche.DecisionLigne> decisions = new ArrayList<>();
        for (LigneForm l : lignes) {
            if (l.ligneId == null || l.statut == null || l.statut == StatutLigne.NON_REVUE) {
                continue;
            }
            boolean inchangee = revue.lignes().stream().anyMatch(x -> x.id().equals(l.ligneId)
                    && x.statut() == l.statut) && (l.commentaire == null || l.commentaire.isBlank());
            if (!inchangee) {
                decisions.add(new RevoirFiche.DecisionLigne(l.ligneId, l.statut, l.commentaire));
            }
        }
        return decisions;
    }

    public String getCommentaire() {
        return commentaire;
    }

    public void setCommentaire(String commentaire) {
        this.commentaire = commentaire;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public List<LigneForm> getLignes() {
        return lignes;
    }

    public void setLignes(List<LigneForm> lignes) {
        this.lignes = lignes;
    }
}
