package fr.pacte.revue;

import java.time.LocalDateTime;

/**
 * One item of the inbox: a fiche or an avenant of a convention, its state (a message key), since when it waits, and
 * the page where it is dealt with.
 */
public record ElementATraiter(String type, Long conventionId, String convention, Long ficheId, String fiche,
        Integer avenant, String intitule, String statut, String cleStatut, LocalDateTime depuis, String lien) {

    public boolean estFiche() {
        return "FICHE".equals(type);
    }
}
