package fr.pacte.versement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VersementRepository extends JpaRepository<Versement, Long> {

    List<Versement> findByConventionIdOrderByExerciceAscOrdreAsc(Long conventionId);

    Optional<Versement> findByIdAndConventionId(Long id, Long conventionId);
}
