package fr.pacte.securite;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A personal API token (issue 12 item 6). Only its SHA-256 is kept ({@code empreinte}); {@code debut} is its first
 * characters, enough for its owner to recognise it in the list. It acts with its user's role and périmètre.
 */
@Entity
class JetonApi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long utilisateurId;

    private String libelle;

    private String empreinte;

    private String debut;

    private Instant creeLe;

    private Instant expireLe;

    private Instant revoqueLe;

    private Instant derniereUtilisation;

    protected JetonApi() {
    }

    JetonApi(Long utilisateurId, String libelle, String empreinte, String debut, Instant creeLe, Instant expireLe) {
        this.utilisateurId = utilisateurId;
        this.libelle = libelle;
        this.empreinte = empreinte;
        this.debut = debut;
        this.creeLe = creeLe;
        this.expireLe = expireLe;
    }

    boolean valable(Instant maintenant) {
        return revoqueLe == null && expireLe.isAfter(maintenant);
    }

    void revoquer(Instant maintenant) {
        if (revoqueLe == null) {
            revoqueLe = maintenant;
        }
    }

    Long getId() {
        return id;
    }

    Long getUtilisateurId() {
        return utilisateurId;
    }

    String getLibelle() {
        return libelle;
    }

    String getDebut() {
        return debut;
    }

    Instant getCreeLe() {
        return creeLe;
    }

    Instant getExpireLe() {
        return expireLe;
    }

    Instant getRevoqueLe() {
        return revoqueLe;
    }

    Instant getDerniereUtilisation() {
        return derniereUtilisation;
    }
}
