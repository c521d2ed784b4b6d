package fr.pacte.execution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LigneExecutionRepository extends JpaRepository<LigneExecution, Long> {

    List<LigneExecution> findByConventionIdAndExerciceOrderById(Long conventionId, int exercice);

    @Query("select l from LigneExecution l where l.conventionId = :conventionId and l.exercice in :exercices order by l.id")
    List<LigneExecution> desExercices(@Param("conventionId") Long conventionId,
            @Param("exercices") Collection<Integer> exercices);
}
