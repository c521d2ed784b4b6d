package fr.pacte.rapport;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "créer un rapport d'exécution" (§6.5 — → BROUILLON, by FINANCES_DEPARTEMENT): a champ, a type and a period
 * within the champ; without dates the period follows the type (bilan final: the champ's whole period; mi-parcours:
 * the first half of its exercices, 2024–2025 for the solidarités; annuel: the first exercice). A later report of the
 * same period gets the next numero.
 */
@Service
public class CreerRapport {

    private final ConventionService conventions;
    private final RapportRepository rapports;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    CreerRapport(ConventionService conventions, RapportRepository rapports, Autorisations autorisations,
            PerimetreCourant perimetre, ApplicationEventPublisher evenements, Clock horloge) {
        this.conventions = conventions;
        this.rapports = rapports;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public record Commande(Long conventionId, TypeRapport type, String champ, LocalDate debut, LocalDate fin) {
    }

    public boolean permis(ConventionLue c) {
        return autorisations.peut(Permission.CREER_RAPPORT, c.departement().id(), c.departement().region().id());
    }

    @Transactional
    public RapportExecution executer(Commande commande) {
        conventions.verrouiller(commande.conventionId());
        ConventionLue convention = conventions.lire(commande.conventionId());
        autorisations.exiger(Permission.CREER_RAPPORT, convention.departement().id(),
                convention.departement().region().id());
        if (commande.type() == null) {
            throw new TransitionRefuseeException("TYPE_ABSENT", Messages.texte("rapport.refus.type"));
        }
        ChampLu champ = convention.champs().stream()
                .filter(c -> commande.champ() != null && c.code().equalsIgnoreCase(commande.champ().strip()))
                .findFirst().orElseThrow(() -> new TransitionRefuseeException("CHAMP_INCONNU",
                        Messages.texte("rapport.refus.champ", commande.champ())));
        LocalDate[] periode = periode(champ, commande);
        if (periode[1].isBefore(periode[0]) || periode[0].isBefore(champ.dateDebut())
                || periode[1].isAfter(champ.dateFin())) {
            throw new TransitionRefuseeException("PERIODE_INVALIDE", Messages.texte("rapport.refus.periode",
                    champ.code()));
        }
        LocalDateTime maintenant = FichiersRapport.maintenant(horloge);
        RapportExecution r = rapports.saveAndFlush(new RapportExecution(convention.id(),
                rapports.dernierNumero(convention.id()) + 1, champ.id(), commande.type(), periode[0], periode[1],
                perimetre.login(), maintenant));
        evenements.publishEvent(new RapportModifie(convention.id(), r.getNumero(), "RAPPORT_CREE",
                convention.version().numero(), perimetre.login(), maintenant, List.of(new Changement("RAPPORT",
                        r.getId(), "statut", null, StatutRapport.BROUILLON.name()))));
        return r;
    }

    static LocalDate[] periode(ChampLu champ, Commande c) {
        if (c.debut() != null && c.fin() != null) {
            return new LocalDate[] {c.debut(), c.fin()};
        }
        List<Integer> exercices = champ.exercices();
        return switch (c.type()) {
            case BILAN_FINAL -> new LocalDate[] {champ.dateDebut(), champ.dateFin()};
            case MI_PARCOURS -> new LocalDate[] {champ.dateDebut(),
                    champ.finDeLExercice(exercices.get(Math.max(0, exercices.size() / 2 - 1)))};
            case ANNUEL -> new LocalDate[] {champ.debutDeLExercice(exercices.get(0)),
                    champ.finDeLExercice(exercices.get(0))};
        };
    }
}
