package fr.pacte.indicateur;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ValeurIndicateurRepository extends JpaRepository<ValeurIndicateur, Long> {

    List<ValeurIndicateur> findByIndicateurFicheConventionId(Long conventionId);

    List<ValeurIndicateur> findByIndicateurFicheIdIn(Collection<Long> liens);

    Optional<ValeurIndicateur> findByIndicateurFicheIdAndAnneeAndNature(Long indicateurFicheId, int annee,
            NatureValeur nature);
}
