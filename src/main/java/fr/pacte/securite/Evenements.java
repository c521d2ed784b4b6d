package fr.pacte.securite;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The events of account administration and personal tokens (R-SEC-6, issue 12 items 2 and 6), published as Spring
 * application events: who, when, what, old → new. The audit journal ({@code audit/JournalAudit}, R-SEC-10) records
 * each one in the transaction that published it (audit depends on securite, never the reverse);
 * {@link JournalSecurite} also logs one line per event.
 */
public final class Evenements {

    private Evenements() {
    }

    /** What every event of this feature says. */
    public sealed interface EvenementSecurite {
        /** The login of who acted. */
        String auteur();

        Instant horodatage();

        /** The account, organisation or token acted on ("agent.79", "Préfecture de la Vienne", "jeton n° 4"). */
        String objet();

        /** The values changed; a creation has them all with no old value. */
        List<Changement> changements();
    }

    /** One field changed: its name as in the form, the old and the new value (null for none). */
    public record Changement(String champ, String avant, String apres) {
        @Override
        public String toString() {
            return champ + " : " + (avant == null ? "∅" : avant) + " → " + (apres == null ? "∅" : apres);
        }
    }

    public record CompteCree(String auteur, Instant horodatage, Long compteId, String objet,
            List<Changement> changements) implements EvenementSecurite {
    }

    public record CompteModifie(String auteur, Instant horodatage, Long compteId, String objet,
            List<Changement> changements) implements EvenementSecurite {
    }

    public record CompteDesactive(String auteur, Instant horodatage, Long compteId, String objet)
            implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("actif", "oui", "non"));
        }
    }

    public record CompteReactive(String auteur, Instant horodatage, Long compteId, String objet)
            implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("actif", "non", "oui"));
        }
    }

    /** An administrator cleared the failed sign-ins of an account (and of the addresses they came from). */
    public record CompteDebloque(String auteur, Instant horodatage, Long compteId, String objet, int adresses)
            implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("connexion suspendue", adresses + " adresse(s)", "aucune"));
        }
    }

    /** An administrator set a first (or new) password, to be changed at the next sign-in. The value is never told. */
    public record MotDePasseProvisoireDefini(String auteur, Instant horodatage, Long compteId, String objet)
            implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("mot de passe", null, "provisoire"));
        }
    }

    /** A user chose their own password. */
    public record MotDePasseChange(String auteur, Instant horodatage, Long compteId, String objet)
            implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("mot de passe", null, "changé"));
        }
    }

    public record OrganisationCreee(String auteur, Instant horodatage, Long organisationId, String objet,
            List<Changement> changements) implements EvenementSecurite {
    }

    public record JetonApiCree(String auteur, Instant horodatage, Long jetonId, String objet, String libelle,
            Instant expireLe) implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("libellé", null, libelle), new Changement("expire le", null, expireLe.toString()));
        }
    }

    public record JetonApiRevoque(String auteur, Instant horodatage, Long jetonId, String objet, String libelle)
            implements EvenementSecurite {
        @Override
        public List<Changement> changements() {
            return List.of(new Changement("révoqué", "non", "oui"));
        }
    }

    static String resume(EvenementSecurite e) {
        return e.changements().stream().map(Changement::toString).collect(Collectors.joining(" ; "));
    }
}
