package fr.pacte.financement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LigneFinancementRepository extends JpaRepository<LigneFinancement, Long> {

    List<LigneFinancement> findByConventionIdAndExercice(Long conventionId, int exercice);

    List<LigneFinancement> findByConventionId(Long conventionId);

    List<LigneFinancement> findByFicheId(Long ficheId);

    @Modifying
    @Query("delete from LigneFinancement l where l.ficheId = :ficheId")
    void deleteByFicheId(@Param("ficheId") Long ficheId);

    @Modifying
    @Query("delete from LigneFinancement l where l.conventionId = :conventionId and l.exercice = :exercice")
    void deleteByConventionIdAndExercice(@Param("conventionId") Long conventionId, @Param("exercice") int exercice);
}
