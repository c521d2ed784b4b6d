package fr.pacte.convention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FicheActionRepository extends JpaRepository<FicheAction, Long> {

    List<FicheAction> findByConventionId(Long conventionId);

    Optional<FicheAction> findByIdAndConventionId(Long id, Long conventionId);
}
