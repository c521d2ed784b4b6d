package fr.pacte.controle;

import fr.pacte.convention.CacheConventions;
import fr.pacte.convention.ConventionLue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All the findings of a convention's stored data for one exercice, from every feature that checks something, errors
 * first. Serves the Contrôles page and {@code GET /api/v1/conventions/{id}/controles}, and the submission of a fiche
 * (an ERREUR blocks).
 */
@Service
@Transactional(readOnly = true)
public class ControleService {

    private static final Comparator<Constat> ERREURS_D_ABORD = Comparator.comparing(Constat::gravite);

    private final List<VerificationConvention> verifications;
    private final CacheConventions cache;

    ControleService(List<VerificationConvention> verifications, CacheConventions cache) {
        this.verifications = verifications;
        this.cache = cache;
    }

    public List<Constat> constats(ConventionLue convention, int annee) {
        return cache.memoriser(convention, "constats:" + annee, () -> {
            List<Constat> constats = new ArrayList<>();
            verifications.forEach(v -> constats.addAll(v.constats(convention, annee)));
            return constats.stream().sorted(ERREURS_D_ABORD).toList();
        });
    }
}
