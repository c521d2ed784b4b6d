package fr.pacte.revue;

import fr.pacte.financement.LigneFinancement;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review of one fiche in one version of its convention (DOMAIN.md §3.8 Revue): its state, since when, every
 * move with who, when and the comment, and the review of its lines. A move is made only through {@link #passer},
 * which refuses a move the table does not have (R-WF-1).
 */
@Entity
@Table(name = "revue_fiche")
class RevueFiche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private Long ficheId;

    private int version;

    @Enumerated(EnumType.STRING)
    private StatutRevue statut;

    private LocalDateTime depuis;

    @Version
    private long verrou;

    @OneToMany(mappedBy = "revue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("le, id")
    private List<PassageRevue> historique = new ArrayList<>();

    @OneToMany(mappedBy = "revue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RevueLigne> lignes = new ArrayList<>();

    protected RevueFiche() {
    }

    /** The review of a fiche in a version, starting where its last signed version left it. */
    RevueFiche(Long conventionId, Long ficheId, int version, StatutRevue initial, LocalDateTime le) {
        this.conventionId = conventionId;
        this.ficheId = ficheId;
        this.version = version;
        this.statut = initial;
        this.depuis = le;
    }

    void passer(TransitionFiche transition, String par, String role, LocalDateTime le, String commentaire) {
        if (transition.de() != statut) {
            throw new IllegalStateException("La fiche est " + statut + ", pas " + transition.de());
        }
        historique.add(new PassageRevue(this, statut, transition.vers(), par, role, le, commentaire));
        this.statut = transition.vers();
        this.depuis = le;
    }

    /** The review of the line with this key, created NON_REVUE when it has none yet. */
    RevueLigne ligne(LigneFinancement.Cle cle) {
        return trouver(cle).orElseGet(() -> {
            RevueLigne nouvelle = new RevueLigne(this, cle);
            lignes.add(nouvelle);
            return nouvelle;
        });
    }

    Optional<RevueLigne> trouver(LigneFinancement.Cle cle) {
        return lignes.stream().filter(l -> l.cle().equals(cle)).findFirst();
    }

    Long getId() {
        return id;
    }

    Long getConventionId() {
        return conventionId;
    }

    Long getFicheId() {
        return ficheId;
    }

    int getVersion() {
        return version;
    }

    StatutRevue getStatut() {
        return statut;
    }

    LocalDateTime getDepuis() {
        return depuis;
    }

    List<PassageRevue> getHistorique() {
        return historique;
    }

    List<RevueLigne> getLignes() {
        return lignes;
    }
}
