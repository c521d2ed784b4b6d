package fr.pacte.revue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One move of a fiche's review: from, to, who (and as which role), when, and the comment. */
@Entity
@Table(name = "revue_fiche_historique")
class PassageRevue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revue_id")
    private RevueFiche revue;

    @Enumerated(EnumType.STRING)
    private StatutRevue de;

    @Enumerated(EnumType.STRING)
    private StatutRevue vers;

    private String par;

    private String role;

    private LocalDateTime le;

    private String commentaire;

    protected PassageRevue() {
    }

    PassageRevue(RevueFiche revue, StatutRevue de, StatutRevue vers, String par, String role, LocalDateTime le,
            String commentaire) {
        this.revue = revue;
        this.de = de;
        this.vers = vers;
        this.par = par;
        this.role = role;
        this.le = le;
        this.commentaire = commentaire;
    }

    StatutRevue getDe() {
        return de;
    }

    StatutRevue getVers() {
        return vers;
    }

    String getPar() {
        return par;
    }

    String getRole() {
        return role;
    }

    LocalDateTime getLe() {
        return le;
    }

    String getCommentaire() {
        return commentaire;
    }
}
