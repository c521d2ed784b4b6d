package fr.pacte.execution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JustificationExecutionRepository extends JpaRepository<JustificationExecution, Long> {

    List<JustificationExecution> findByConventionIdAndExerciceIn(Long conventionId, Collection<Integer> exercices);

    Optional<JustificationExecution> findByFicheIdAndExercice(Long ficheId, int exercice);
}
