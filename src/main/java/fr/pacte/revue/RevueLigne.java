package fr.pacte.revue;

import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.Nature;
import fr.pacte.financement.Stade;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * R-WF-2: the review of one financing line of a fiche, known by the line's natural key (the row of a line changes
 * from version to version, its key does not). {@code montantRevu} is the amount the reviewer saw when accepting or
 * contesting: a Département change of a contested line (a different amount) sets it back to NON_REVUE, the before
 * and after kept in its comments. {@code montantValide} is the amount at the fiche's last validation.
 */
@Entity
@Table(name = "revue_ligne")
class RevueLigne {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revue_id")
    private RevueFiche revue;

    private Long axeId;

    private int exercice;

    @Enumerated(EnumType.STRING)
    private Financeur financeur;

    private String organisme;

    @Enumerated(EnumType.STRING)
    private Nature nature;

    @Enumerated(EnumType.STRING)
    private StatutLigne statut = StatutLigne.NON_REVUE;

    private BigDecimal montantRevu;

    private BigDecimal montantValide;

    @OneToMany(mappedBy = "ligne", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("le, id")
    private List<CommentaireLigne> commentaires = new ArrayList<>();

    protected RevueLigne() {
    }

    RevueLigne(RevueFiche revue, LigneFinancement.Cle cle) {
        this.revue = revue;
        this.axeId = cle.axeId();
        this.exercice = cle.exercice();
        this.financeur = cle.financeur();
        this.organisme = cle.organisme();
        this.nature = cle.nature();
    }

    LigneFinancement.Cle cle() {
        return new LigneFinancement.Cle(revue.getFicheId(), axeId, exercice, financeur, organisme, nature, Stade.PREVU);
    }

    void revoir(StatutLigne nouveau, BigDecimal montant, String par, String role, LocalDateTime le, String texte) {
        commentaires.add(new CommentaireLigne(this, CommentaireLigne.Type.STATUT, par, role, le,
                nouveau.name(), montant, montant));
        if (texte != null) {
            commentaires.add(new CommentaireLigne(this, CommentaireLigne.Type.COMMENTAIRE, par, role, le, texte, null,
                    null));
        }
        this.statut = nouveau;
        this.montantRevu = montant;
    }

    void repondre(String par, String role, LocalDateTime le, String texte) {
        commentaires.add(new CommentaireLigne(this, CommentaireLigne.Type.REPONSE, par, role, le, texte, null, null));
    }

    /** The Département changed the line since it was contested: back to NON_REVUE, before and after kept. */
    void modifiee(BigDecimal nouveau, String par, LocalDateTime le) {
        commentaires.add(new CommentaireLigne(this, CommentaireLigne.Type.MODIFICATION, par, null, le, null,
                montantRevu, nouveau));
        this.statut = StatutLigne.NON_REVUE;
        this.montantRevu = nouveau;
    }

    void valider(BigDecimal montant) {
        this.montantValide = montant;
    }

    /** A contested line counts as answered when an answer follows the last contest. */
    boolean repondue() {
        for (int i = commentaires.size() - 1; i >= 0; i--) {
            CommentaireLigne c = commentaires.get(i);
            if (c.getType() == CommentaireLigne.Type.REPONSE || c.getType() == CommentaireLigne.Type.MODIFICATION) {
                return true;
            }
            if (c.getType() == CommentaireLigne.Type.STATUT) {
                return false;
            }
        }
        return false;
    }

    Long getId() {
        return id;
    }

    RevueFiche getRevue() {
        return revue;
    }

    StatutLigne getStatut() {
        return statut;
    }

    BigDecimal getMontantRevu() {
        return montantRevu;
    }

    BigDecimal getMontantValide() {
        return montantValide;
    }

    List<CommentaireLigne> getCommentaires() {
        return commentaires;
    }
}
