package fr.pacte.revue;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.shared.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-WF-4, R-SEC-8: the check every write of a fiche or of its money calls before it changes anything (the fiche form,
 * the tableau import): a fiche submitted, under review or validated refuses every change (409 with the reason), and
 * so does a draft that its avenant has locked ({@link VerrouVersion}). {@code ecriture} is the snapshot the change
 * would go into ({@code ConventionService.lireVersionDEcriture}).
 */
@Service
@Transactional(readOnly = true)
public class VerrousRevue {

    private final RevueService revues;
    private final List<VerrouVersion> verrous;

    VerrousRevue(RevueService revues, List<VerrouVersion> verrous) {
        this.revues = revues;
        this.verrous = verrous;
    }

    /** Why this fiche cannot be changed now, if it cannot. */
    public Optional<String> motif(ConventionLue ecriture, Long ficheId) {
        return motif(ecriture, ficheId, ficheId == null ? StatutRevue.BROUILLON : revues.statut(ecriture, ficheId));
    }

    public void exigerModifiable(ConventionLue ecriture, Collection<Long> ficheIds) {
        Map<Long, StatutRevue> statuts = revues.statuts(ecriture);
        for (Long ficheId : ficheIds) {
            Optional<String> motif = motif(ecriture, ficheId, statuts.getOrDefault(ficheId, StatutRevue.BROUILLON));
            if (motif.isPresent()) {
                throw new ModificationVerrouilleeException(motif.get());
            }
        }
        if (ficheIds.isEmpty()) {
            motif(ecriture, null, StatutRevue.BROUILLON).ifPresent(m -> {
                throw new ModificationVerrouilleeException(m);
            });
        }
    }

    private Optional<String> motif(ConventionLue ecriture, Long ficheId, StatutRevue statut) {
        if (!statut.modifiable()) {
            String numero = ecriture.fiche(ficheId).map(FicheLue::numero).orElse("?");
            return Optional.of(Messages.texte("revue.verrou." + statut.name(), numero));
        }
        return verrous.stream().map(v -> v.motif(ecriture, ficheId, statut)).flatMap(Optional::stream).findFirst();
    }
}
