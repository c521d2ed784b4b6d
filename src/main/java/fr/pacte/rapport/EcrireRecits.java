package fr.pacte.rapport;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.Messages;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case "écrire les récits d'un rapport" (contracts: {@code PUT …/recits}, Département agents, while BROUILLON):
 * the synthèse and one narrative per action of the report's champ; the texts given replace the former ones (an
 * action left out has no narrative any more).
 */
@Service
public class EcrireRecits {

    private final ConventionService conventions;
    private final RapportRepository rapports;
    private final RecitRepository recits;
    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    EcrireRecits(ConventionService conventions, RapportRepository rapports, RecitRepository recits,
            Autorisations autorisations, PerimetreCourant perimetre, ApplicationEventPublisher evenements,
            Clock horloge) {
        this.conventions = conventions;
        this.rapports = rapports;
        this.recits = recits;
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public record Recit(String fiche, String texte) {
    }

    public boolean permis(ConventionLue c) {
        return autorisations.peut(Permission.ECRIRE_RECITS, c.departement().id(), c.departement().region().id());
    }

    @Transactional
    public void executer(Long conventionId, int numero, String synthese, List<Recit> textes) {
        conventions.verrouiller(conventionId);
        ConventionLue convention = conventions.lire(conventionId);
        autorisations.exiger(Permission.ECRIRE_RECITS, convention.departement().id(),
                convention.departement().region().id());
        RapportExecution r = rapports.findByConventionIdAndNumero(conventionId, numero)
                .orElseThrow(fr.pacte.shared.web.RessourceIntrouvableException::new);
        if (!r.modifiable()) {
            throw new TransitionRefuseeException("RAPPORT_NON_MODIFIABLE", Messages.texte("rapport.refus.recits",
                    Messages.texte("rapport.statut." + r.getStatut().name())));
        }
        Map<Long, String> voulus = new HashMap<>();
        for (Recit t : textes == null ? List.<Recit>of() : textes) {
            FicheLue fiche = convention.fiches().stream()
                    .filter(f -> f.champ().id().equals(r.getChampId()) && t.fiche() != null
                            && f.numero().equalsIgnoreCase(t.fiche().strip()))
                    .findFirst().orElseThrow(() -> new TransitionRefuseeException("FICHE_INCONNUE",
                            Messages.texte("rapport.refus.fiche", t.fiche())));
            if (t.texte() != null && !t.texte().isBlank()) {
                voulus.put(fiche.id(), t.texte().strip());
            }
        }
        List<Changement> changements = new ArrayList<>();
        String nouvelle = synthese == null || synthese.isBlank() ? null : synthese.strip();
        if (!Objects.equals(r.getSynthese(), nouvelle)) {
            changements.add(new Changement("RAPPORT", r.getId(), "synthese", r.getSynthese(), nouvelle));
            r.ecrireSynthese(nouvelle);
        }
        for (RecitRapport existant : recits.findByRapportId(r.getId())) {
            String voulu = voulus.remove(existant.getFicheId());
            if (voulu == null) {
                changements.add(new Changement("RECIT", existant.getFicheId(), "texte", existant.getTexte(), null));
                recits.delete(existant);
            } else if (!voulu.equals(existant.getTexte())) {
                changements.add(new Changement("RECIT", existant.getFicheId(), "texte", existant.getTexte(), voulu));
                existant.changer(voulu);
            }
        }
        voulus.forEach((ficheId, texte) -> {
            recits.save(new RecitRapport(r.getId(), ficheId, texte));
            changements.add(new Changement("RECIT", ficheId, "texte", null, texte));
        });
        if (!changements.isEmpty()) {
            evenements.publishEvent(new RapportModifie(conventionId, numero, "RAPPORT_RECITS",
                    convention.version().numero(), perimetre.login(), LocalDateTime.now(horloge), changements));
        }
    }
}
