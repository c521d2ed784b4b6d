package fr.pacte.convention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConventionVersionRepository extends JpaRepository<ConventionVersion, Long> {

    List<ConventionVersion> findByConventionIdOrderByNumero(Long conventionId);

    Optional<ConventionVersion> findByConventionIdAndStatut(Long conventionId, StatutVersion statut);
}
