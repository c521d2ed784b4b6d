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
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What happened to a reviewed line: a status set by the préfecture (STATUT, with the amount seen), its comment, the
 * Département's answer, or a change of the amount (MODIFICATION, before → after).
 */
@Entity
@Table(name = "revue_commentaire")
class CommentaireLigne {

    enum Type { COMMENTAIRE, REPONSE, MODIFICATION, STATUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ligne_id")
    private RevueLigne ligne;

    @Enumerated(EnumType.STRING)
    private Type type;

    private String par;

    private String role;

    private LocalDateTime le;

    private String texte;

    private BigDecimal avant;

    private BigDecimal apres;

    protected CommentaireLigne() {
    }

    CommentaireLigne(RevueLigne ligne, Type type, String par, String role, LocalDateTime le, String texte,
            BigDecimal avant, BigDecimal apres) {
        this.ligne = ligne;
        this.type = type;
        this.par = par;
        this.role = role;
        this.le = le;
        this.texte = texte;
        this.avant = avant;
        this.apres = apres;
    }

    Type getType() {
        return type;
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

    String getTexte() {
        return texte;
    }

    BigDecimal getAvant() {
        return avant;
    }

    BigDecimal getApres() {
        return apres;
    }
}
