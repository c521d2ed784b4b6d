package fr.pacte.revue;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.EvenementConvention;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.LigneFinancement;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * DOMAIN.md §6.3: a Département change of a contested line sets it back to NON_REVUE, before and after kept. Listens
 * to every write of a convention (fiche form, import, avenant), in the writer's transaction, so that no write path
 * forgets it; costs one query when no line of the draft is contested.
 */
@Component
class SuiviLignesContestees {

    private final RevueFicheRepository revues;
    private final ConventionService conventions;
    private final FinancementService financement;

    SuiviLignesContestees(RevueFicheRepository revues, ConventionService conventions, FinancementService financement) {
        this.revues = revues;
        this.conventions = conventions;
        this.financement = financement;
    }

    @EventListener
    void apresEcriture(EvenementConvention evenement) {
        if (evenement instanceof FicheRevue) {
            return;
        }
        List<RevueFiche> contestees = revues.avecLignesContestees(evenement.conventionId(), evenement.version());
        if (contestees.isEmpty()) {
            return;
        }
        ConventionLue version = conventions.lire(evenement.conventionId(), SelecteurVersion.version(evenement.version()));
        for (RevueFiche revue : contestees) {
            Map<LigneFinancement.Cle, BigDecimal> montants = new HashMap<>();
            if (version.fiche(revue.getFicheId()).isPresent()) {
                financement.lignesPrevues(version, revue.getFicheId()).forEach(l -> montants.put(l.cle(), l.getMontant()));
            }
            for (RevueLigne ligne : revue.getLignes()) {
                if (ligne.getStatut() != StatutLigne.CONTESTEE) {
                    continue;
                }
                BigDecimal actuel = montants.getOrDefault(ligne.cle(), BigDecimal.ZERO.setScale(2));
                if (ligne.getMontantRevu() == null || actuel.compareTo(ligne.getMontantRevu()) != 0) {
                    ligne.modifiee(actuel, evenement.auteur(), evenement.horodatage());
                }
            }
        }
        revues.flush();
    }
}
