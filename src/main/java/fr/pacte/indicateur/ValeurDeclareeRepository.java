package fr.pacte.indicateur;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ValeurDeclareeRepository extends JpaRepository<ValeurDeclaree, Long> {

    List<ValeurDeclaree> findByIndicateurFicheConventionId(Long conventionId);

    List<ValeurDeclaree> findByIndicateurFicheIdIn(Collection<Long> liens);
}
