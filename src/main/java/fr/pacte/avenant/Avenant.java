package fr.pacte.avenant;

import fr.pacte.financement.Financeur;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered avenant of a convention (DOMAIN.md §3.7): its object, state, the version of the convention it makes
 * (its draft, then that version in force), the complements of envelopes it states (R-FIN-22), its délibération and
 * signature date, and its history. Its changes are the draft's own rows; a move is made only through {@link
 * #passer}, which refuses a move the table does not have.
 */
@Entity
public class Avenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long conventionId;

    private int numero;

    private String objet;

    @Enumerated(EnumType.STRING)
    private StatutAvenant statut;

    private int versionNumero;

    private LocalDateTime depuis;

    private String auteur;

    private LocalDateTime creeLe;

    private String modifiePar;

    private LocalDateTime modifieLe;

    @Embedded
    private DeliberationAvenant deliberation;

    private LocalDate dateSignature;

    @Version
    private long verrou;

    @OneToMany(mappedBy = "avenant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Complement> complements = new ArrayList<>();

    @OneToMany(mappedBy = "avenant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("le, id")
    private List<Passage> historique = new ArrayList<>();

    protected Avenant() {
    }

    Avenant(Long conventionId, int numero, String objet, int versionNumero, String auteur, LocalDateTime le) {
        this.conventionId = conventionId;
        this.numero = numero;
        this.objet = objet;
        this.versionNumero = versionNumero;
        this.statut = StatutAvenant.PROJET;
        this.auteur = auteur;
        this.creeLe = le;
        this.depuis = le;
        this.modifiePar = auteur;
        this.modifieLe = le;
        historique.add(new Passage(this, null, StatutAvenant.PROJET, auteur, null, le, null));
    }

    void passer(TransitionAvenant transition, String par, String role, LocalDateTime le, String commentaire) {
        if (transition.de() != statut) {
            throw new IllegalStateException("L'avenant est " + statut + ", pas " + transition.de());
        }
        historique.add(new Passage(this, statut, transition.vers(), par, role, le, commentaire));
        this.statut = transition.vers();
        this.depuis = le;
    }

    /** An avenant entered as already signed on paper goes straight into force (historical entry). */
    void enregistrerSigne(String par, String role, LocalDateTime le, String commentaire) {
        historique.add(new Passage(this, statut, StatutAvenant.EN_VIGUEUR, par, role, le, commentaire));
        this.statut = StatutAvenant.EN_VIGUEUR;
        this.depuis = le;
    }

    /** The object and complements the document states; a complement keeps its row when its key stays. */
    void decrire(String objet, List<Complement> nouveaux, String par, LocalDateTime le) {
        this.objet = objet;
        complements.removeIf(c -> nouveaux.stream().noneMatch(n -> n.memeCle(c)));
        for (Complement n : nouveaux) {
            complements.stream().filter(c -> c.memeCle(n)).findFirst().ifPresentOrElse(c -> c.montant = n.montant,
                    () -> complements.add(new Complement(this, n.getChampId(), n.getExercice(), n.getFinanceur(),
                            n.getMontant())));
        }
        this.modifiePar = par;
        this.modifieLe = le;
    }

    void deliberer(DocumentAvenant.Deliberation d) {
        this.deliberation = new DeliberationAvenant(d);
    }

    void signer(LocalDate date) {
        this.dateSignature = date;
    }

    public Long getId() {
        return id;
    }

    public Long getConventionId() {
        return conventionId;
    }

    public int getNumero() {
        return numero;
    }

    public String getObjet() {
        return objet;
    }

    public StatutAvenant getStatut() {
        return statut;
    }

    public int getVersionNumero() {
        return versionNumero;
    }

    public LocalDateTime getDepuis() {
        return depuis;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public LocalDateTime getModifieLe() {
        return modifieLe;
    }

    public DocumentAvenant.Deliberation getDeliberation() {
        return deliberation == null || deliberation.vide() ? null : deliberation.document();
    }

    public LocalDate getDateSignature() {
        return dateSignature;
    }

    public List<Complement> getComplements() {
        return complements;
    }

    public List<Passage> getHistorique() {
        return historique;
    }

    /** R-FIN-22: the change of a champ's envelope for an exercice and a financeur (negative for a reduction). */
    @jakarta.persistence.Entity(name = "AvenantComplement")
    @jakarta.persistence.Table(name = "avenant_complement")
    public static class Complement {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY, optional = false)
        @jakarta.persistence.JoinColumn(name = "avenant_id")
        private Avenant avenant;

        private Long champId;

        private int exercice;

        @Enumerated(EnumType.STRING)
        private Financeur financeur;

        private BigDecimal montant;

        protected Complement() {
        }

        Complement(Avenant avenant, Long champId, int exercice, Financeur financeur, BigDecimal montant) {
            this.avenant = avenant;
            this.champId = champId;
            this.exercice = exercice;
            this.financeur = financeur;
            this.montant = montant;
        }

        boolean memeCle(Complement autre) {
            return champId.equals(autre.champId) && exercice == autre.exercice && financeur == autre.financeur;
        }

        public Long getChampId() {
            return champId;
        }

        public int getExercice() {
            return exercice;
        }

        public Financeur getFinanceur() {
            return financeur;
        }

        public BigDecimal getMontant() {
            return montant;
        }
    }

    /** One move of the avenant: from, to, who (as which role), when, and the comment. */
    @jakarta.persistence.Entity(name = "AvenantPassage")
    @jakarta.persistence.Table(name = "avenant_historique")
    public static class Passage {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY, optional = false)
        @jakarta.persistence.JoinColumn(name = "avenant_id")
        private Avenant avenant;

        @Enumerated(EnumType.STRING)
        private StatutAvenant de;

        @Enumerated(EnumType.STRING)
        private StatutAvenant vers;

        private String par;

        private String role;

        private LocalDateTime le;

        private String commentaire;

        protected Passage() {
        }

        Passage(Avenant avenant, StatutAvenant de, StatutAvenant vers, String par, String role, LocalDateTime le,
                String commentaire) {
            this.avenant = avenant;
            this.de = de;
            this.vers = vers;
            this.par = par;
            this.role = role;
            this.le = le;
            this.commentaire = commentaire;
        }

        public StatutAvenant getDe() {
            return de;
        }

        public StatutAvenant getVers() {
            return vers;
        }

        public String getPar() {
            return par;
        }

        public String getRole() {
            return role;
        }

        public LocalDateTime getLe() {
            return le;
        }

        public String getCommentaire() {
            return commentaire;
        }
    }
}
