package fr.pacte.audit;

import java.time.LocalDateTime;

/**
 * One entry of the journal: who (and as which role), when, what was done ({@code action}), to which object and
 * field, old → new, the comment; {@code hash} = SHA-256 of all of it and of {@code hashPrecedent} ({@link Empreinte}).
 */
public record EntreeJournal(long id, LocalDateTime horodatage, Long conventionId, Integer version, Long ficheId,
        String utilisateur, String role, String action, String objet, Long objetId, String champ, String avant,
        String apres, String commentaire, String hashPrecedent, String hash) {

    /** The same entry with its chain computed. */
    EntreeJournal chainee(String precedent) {
        EntreeJournal sansHash = new EntreeJournal(id, horodatage, conventionId, version, ficheId, utilisateur, role,
                action, objet, objetId, champ, avant, apres, commentaire, precedent, null);
        return new EntreeJournal(id, horodatage, conventionId, version, ficheId, utilisateur, role, action, objet,
                objetId, champ, avant, apres, commentaire, precedent, Empreinte.de(sansHash));
    }
}
