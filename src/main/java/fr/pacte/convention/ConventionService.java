package fr.pacte.convention;

import fr.pacte.securite.Perimetre;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.util.Comparator;
import org.hibernate.Hibernate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point of the convention feature. Every read goes through the user's périmètre: an id outside it
 * is answered exactly like an unknown id (R-SEC-2).
 */
@Service
@Transactional(readOnly = true)
public class ConventionService {

    private final ConventionRepository conventions;
    private final FicheActionRepository fiches;
    private final AxeRepository axes;
    private final PerimetreCourant perimetre;

    ConventionService(ConventionRepository conventions, FicheActionRepository fiches, AxeRepository axes,
            PerimetreCourant perimetre) {
        this.conventions = conventions;
        this.fiches = fiches;
        this.axes = axes;
        this.perimetre = perimetre;
    }

    public List<Convention> conventionsVisibles() {
        Perimetre p = perimetre.get();
        List<Convention> visibles = conventions.findVisibles(p.tout(), p.departementId(), p.regionId());
        visibles.forEach(ConventionService::charger);
        return visibles;
    }

    /** The convention if the current user may see it, else 404; loaded with what its pages show. */
    public Convention convention(Long id) {
        Perimetre p = perimetre.get();
        Convention convention = conventions.findVisible(id, p.tout(), p.departementId(), p.regionId())
                .orElseThrow(RessourceIntrouvableException::new);
        charger(convention);
        return convention;
    }

    // Views render after the transaction (open-in-view is off): load here what they read.
    private static void charger(Convention convention) {
        Hibernate.initialize(convention.getDepartement().getRegion());
        Hibernate.initialize(convention.getParties());
        Hibernate.initialize(convention.getDeliberations());
        convention.getChamps().forEach(champ -> Hibernate.initialize(champ.getAxes()));
    }

    private static FicheAction charger(FicheAction fiche) {
        charger(fiche.getConvention());
        fiche.getAllocations().forEach(a -> Hibernate.initialize(a.getAxe().getChamp()));
        return fiche;
    }

    /** Fiches of a visible convention, by champ order then natural number order. */
    public List<FicheAction> fiches(Long conventionId) {
        return fiches(convention(conventionId));
    }

    /** Fiches of a convention already obtained from {@link #convention(Long)}, so within the périmètre. */
    public List<FicheAction> fiches(Convention convention) {
        return fiches.findByConventionId(convention.getId()).stream()
                .map(ConventionService::charger)
                .sorted(Comparator.comparing((FicheAction f) -> f.getChamp().getOrdre())
                        .thenComparing(FicheAction::getNumero, Numeros.ORDRE_NATUREL))
                .toList();
    }

    public FicheAction fiche(Long conventionId, Long ficheId) {
        convention(conventionId);
        return charger(fiches.findByIdAndConventionId(ficheId, conventionId).orElseThrow(RessourceIntrouvableException::new));
    }

    public List<Axe> axesDuChamp(Long champId) {
        return axes.findByChampIdOrderByOrdre(champId);
    }

    /**
     * Changes a fiche's description and axes. Only the Département's editors may (R-SEC-2); a stale version is
     * refused so that two agents never overwrite each other silently (R-WF-9).
     */
    @Transactional
    public FicheAction decrireFiche(Long conventionId, Long ficheId, long version, FicheAction.Description description,
            List<Long> axeIds) {
        perimetre.exigerEdition();
        FicheAction fiche = fiche(conventionId, ficheId);
        if (fiche.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(FicheAction.class, ficheId);
        }
        List<Axe> choisis = axes.findByChampIdOrderByOrdre(fiche.getChamp().getId()).stream()
                .filter(a -> axeIds.contains(a.getId()))
                .toList();
        if (choisis.isEmpty()) {
            throw new IllegalArgumentException("Une fiche-action relève d'au moins un axe de son champ");
        }
        fiche.decrire(description);
        fiche.allouer(choisis);
        return fiche;
    }
}
