package fr.pacte.versement;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.imputation.ImputationService;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "enregistrer un versement" (DOMAIN.md §6.6): EXIGIBLE → ORDONNANCE (imputation complete without template
 * marker, an EJ and a valid payee account, R-PAY-5, R-PAY-6; the amount is frozen), ORDONNANCE → PAYE (payment date),
 * any statut before PAYE → ANNULE (reason mandatory). By FINANCES_ETAT of the région only; under the convention's
 * lock; a refusal says why (422); publishes {@link VersementModifie}.
 */
@Service
public class ChangerStatutVersement {

    private final ConventionService conventions;
    private final VersementService service;
    private final VersementRepository versements;
    private final ImputationService imputations;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ChangerStatutVersement(ConventionService conventions, VersementService service, VersementRepository versements,
            ImputationService imputations, Autorisations autorisations, PerimetreCourant perimetre,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.conventions = conventions;
        this.service = service;
        this.versements = versements;
        this.imputations = imputations;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public record Commande(Long conventionId, Long versementId, StatutVersement vers, LocalDate date, String ej,
            String commentaire) {
    }

    public boolean permis(ConventionLue c) {
        return autorisations.peut(Permission.ORDONNANCER_VERSEMENT, c.departement().id(),
                c.departement().region().id());
    }

    @Transactional
    public VersementLu executer(Commande commande) {
        conventions.verrouiller(commande.conventionId());
        ConventionLue convention = conventions.lire(commande.conventionId());
        autorisations.exiger(Permission.ORDONNANCER_VERSEMENT, convention.departement().id(),
                convention.departement().region().id());
        VersementLu actuel = service.versement(convention, commande.versementId())
                .orElseThrow(RessourceIntrouvableException::new);
        Versement v = versements.findByIdAndConventionId(commande.versementId(), commande.conventionId())
                .orElseThrow(RessourceIntrouvableException::new);
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        LocalDate date = commande.date() == null ? maintenant.toLocalDate() : commande.date();
        String commentaire = commande.commentaire() == null || commande.commentaire().isBlank() ? null
                : commande.commentaire().strip();
        switch (commande.vers()) {
            case ORDONNANCE -> {
                if (actuel.statut() != StatutVersement.EXIGIBLE) {
                    throw new VersementRefuseException("VERSEMENT_NON_EXIGIBLE", List.of(Messages.texte(
                            "versement.refus.nonExigible", libelle(actuel.statut()),
                            actuel.motif() == null ? "" : " : " + actuel.motif())));
                }
                List<String> blocages = imputations.blocagesOrdonnancement(convention, actuel.champId(),
                        actuel.exercice(), commande.ej());
                if (!blocages.isEmpty()) {
                    throw new VersementRefuseException("ORDONNANCEMENT_BLOQUE", blocages);
                }
                String ej = commande.ej() == null || commande.ej().isBlank()
                        ? imputations.ej(actuel.champId(), actuel.exercice()).orElseThrow() : commande.ej().strip();
                v.ordonnancer(actuel.montant(), ej, date, commentaire, perimetre.login(), maintenant);
            }
            case PAYE -> {
                if (actuel.statut() != StatutVersement.ORDONNANCE) {
                    throw new VersementRefuseException("VERSEMENT_NON_ORDONNANCE", List.of(Messages.texte(
                            "versement.refus.nonOrdonnance", libelle(actuel.statut()))));
                }
                if (commande.date() == null) {
                    throw new VersementRefuseException("DATE_ABSENTE", List.of(Messages.texte(
                            "versement.refus.date")));
                }
                v.payer(commande.date(), commentaire, perimetre.login(), maintenant);
            }
            case ANNULE -> {
                if (actuel.statut() == StatutVersement.PAYE || actuel.statut() == StatutVersement.ANNULE) {
                    throw new VersementRefuseException("VERSEMENT_FIGE", List.of(Messages.texte(
                            "versement.refus.fige", libelle(actuel.statut()))));
                }
                if (commentaire == null) {
                    throw new VersementRefuseException("MOTIF_ABSENT", List.of(Messages.texte(
                            "versement.refus.motif")));
                }
                v.annuler(date, commentaire, perimetre.login(), maintenant);
            }
            default -> throw new VersementRefuseException("TRANSITION_INCONNUE", List.of(Messages.texte(
                    "versement.refus.transition", commande.vers().name())));
        }
        versements.flush();
        evenements.publishEvent(new VersementModifie(convention.id(), v.getId(), commande.vers(),
                convention.version().numero(), perimetre.login(), maintenant, List.of(new Changement("VERSEMENT",
                        v.getId(), "statut", actuel.statut().name(), commande.vers().name()))));
        fr.pacte.shared.web.CacheDeRequete.vider();
        return service.versement(convention, v.getId()).orElseThrow();
    }

    private static String libelle(StatutVersement statut) {
        return Messages.texte("versement.statut." + statut.name());
    }
}
