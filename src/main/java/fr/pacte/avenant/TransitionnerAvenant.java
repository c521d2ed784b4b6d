package fr.pacte.avenant;

import fr.pacte.avenant.rules.DeliberationRule;
import fr.pacte.avenant.rules.SignatureRule;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.CycleDesVersions;
import fr.pacte.financement.AbandonBrouillon;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "faire avancer un avenant" (contracts/avenant.md § Transitions, {@link TransitionAvenant}): 403 for a role
 * that may never reach the state asked for, 422 with the reason in French (nothing changed) when the move does not
 * start from the avenant's state or a guard fails: an ERREUR of the comparison (submission, agreement), the author
 * agreeing to his own avenant (R-SEC-7), an incomplete délibération or votes that do not balance (R-ADM-3, R-ADM-4),
 * a signature date before the séance (R-DATE-6). The signature puts the avenant's version in force from its date;
 * an abandonment gives the draft's rows back. Publishes {@link AvenantModifie}.
 */
@Service
public class TransitionnerAvenant {

    private final ConventionService conventions;
    private final CycleDesVersions cycle;
    private final AbandonBrouillon abandon;
    private final AvenantRepository avenants;
    private final ComparaisonAvenant comparaison;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    TransitionnerAvenant(ConventionService conventions, CycleDesVersions cycle, AbandonBrouillon abandon,
            AvenantRepository avenants, ComparaisonAvenant comparaison, Autorisations autorisations, PerimetreCourant perimetre, ApplicationEventPublisher evenements,
            Clock horloge) {
        this.conventions = conventions;
        this.cycle = cycle;
        this.abandon = abandon;
        this.avenants = avenants;
        this.comparaison = comparaison;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** The body of {@code POST …/transitions}. */
    public record Demande(StatutAvenant vers, String commentaire, LocalDate date,
            DocumentAvenant.Deliberation deliberation) {
    }

    public boolean peut(ConventionLue convention, Permission permission) {
        return autorisations.peut(permission, convention.departement().id(), convention.departement().region().id());
    }

    @Transactional
    public StatutAvenant passer(Long conventionId, int numero, Demande demande) {
        conventions.verrouiller(conventionId);
        ConventionLue lue = conventions.lire(conventionId);
        Avenant avenant = avenants.findByConventionIdAndNumero(conventionId, numero)
                .orElseThrow(RessourceIntrouvableException::new);
        if (demande.vers() == null) {
            throw refus("avenant.transition.vers");
        }
        exigerRole(lue, TransitionAvenant.permissionsVers(demande.vers()));
        TransitionAvenant transition = TransitionAvenant.entre(avenant.getStatut(), demande.vers())
                .orElseThrow(() -> refus("avenant.transition.impossible", numero,
                        Messages.texte(avenant.getStatut().cle()), Messages.texte(demande.vers().cle())));
        exigerRole(lue, Set.of(transition.permission()));
        String commentaire = demande.commentaire() == null || demande.commentaire().isBlank() ? null
                : demande.commentaire().strip();
        if (transition.commentaireObligatoire() && commentaire == null) {
            throw refus("avenant.transition.commentaire", Messages.texte(transition.libelle()));
        }
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        List<Changement> changements = new ArrayList<>();
        Avenant courant = avenant;
        switch (transition) {
            case SOUMETTRE -> exigerSansErreur(lue, avenant, "avenant.soumission.erreurs");
            case ACCORDER -> {
                // R-SEC-7: who wrote the avenant's document cannot agree to it.
                if (Objects.equals(avenant.getAuteur(), perimetre.login())
                        || Objects.equals(avenant.getModifiePar(), perimetre.login())) {
                    throw refus("avenant.accord.auteur", numero);
                }
                exigerSansErreur(lue, avenant, "avenant.accord.erreurs");
            }
            case DELIBERER -> {
                List<String> problemes = new DeliberationRule().verifier(demande.deliberation());
                if (!problemes.isEmpty()) {
                    throw new AvenantRefuseException("DELIBERATION_INCOMPLETE", String.join(" ", problemes),
                            List.of());
                }
                avenant.deliberer(demande.deliberation());
                changements.add(new Changement("AVENANT", avenant.getId(), "deliberation", null,
                        demande.deliberation().organe() + " " + demande.deliberation().dateSeance()));
            }
            case SIGNER -> {
                List<String> problemes = new SignatureRule().verifier(avenant.getDeliberation(), demande.date(),
                        LocalDate.now(horloge), lue.enVigueur().map(fr.pacte.convention.VersionLue::enVigueurDu)
                                .orElse(null));
                if (!problemes.isEmpty()) {
                    throw new AvenantRefuseException("SIGNATURE_INVALIDE", String.join(" ", problemes), List.of());
                }
                avenant.signer(demande.date());
                cycle.mettreEnVigueur(conventionId, avenant.getVersionNumero(), demande.date());
                changements.add(new Changement("AVENANT", avenant.getId(), "dateSignature", null,
                        demande.date().toString()));
            }
            case ABANDONNER_PROJET, ABANDONNER_EN_REVUE, ABANDONNER_ACCORD -> {
                Long id = avenant.getId();
                abandon.rendre(conventionId, avenant.getVersionNumero());
                cycle.abandonner(conventionId, avenant.getVersionNumero());
                courant = avenants.findById(id).orElseThrow();
            }
            default -> {
            }
        }
        changements.add(0, new Changement("AVENANT", courant.getId(), "statut", transition.de().name(),
                transition.vers().name()));
        courant.passer(transition, perimetre.login(), perimetre.get().role().name(), maintenant, commentaire);
        avenants.saveAndFlush(courant);
        evenements.publishEvent(new AvenantModifie(conventionId, numero, courant.getVersionNumero(),
                "AVENANT_" + transition.vers().name(), perimetre.login(), maintenant, changements, commentaire));
        return courant.getStatut();
    }

    private void exigerSansErreur(ConventionLue lue, Avenant avenant, String cle) {
        List<ConstatAvenant> erreurs = comparaison.comparer(lue, avenant).constats().stream()
                .filter(ConstatAvenant::erreur).toList();
        if (!erreurs.isEmpty()) {
            throw new AvenantRefuseException("TRANSITION_REFUSEE", Messages.texte(cle, avenant.getNumero(),
                    erreurs.size()), erreurs);
        }
    }

    private void exigerRole(ConventionLue lue, Set<Permission> permissions) {
        if (permissions.stream().noneMatch(p -> peut(lue, p))) {
            throw new AccessDeniedException("Ce rôle ne fait pas ce mouvement de l'avenant");
        }
    }

    private static AvenantRefuseException refus(String cle, Object... arguments) {
        return new AvenantRefuseException("TRANSITION_REFUSEE", Messages.texte(cle, arguments), List.of());
    }
}
