package fr.pacte.financement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Lines as a version of their convention holds them: every read names the version (and the stade). */
interface LigneFinancementRepository extends JpaRepository<LigneFinancement, Long> {

    String VISIBLE = " l.validite.versionDebut <= :version and (l.validite.versionFin is null or l.validite.versionFin > :version) ";

    @Query("select l from LigneFinancement l where l.conventionId = :conventionId and l.exercice = :exercice "
            + "and l.stade = :stade and" + VISIBLE + "order by l.id")
    List<LigneFinancement> visibles(@Param("conventionId") Long conventionId, @Param("exercice") int exercice,
            @Param("version") int version, @Param("stade") Stade stade);

    @Query("select l from LigneFinancement l where l.conventionId = :conventionId and l.stade = :stade and" + VISIBLE
            + "order by l.id")
    List<LigneFinancement> visiblesDeLaConvention(@Param("conventionId") Long conventionId,
            @Param("version") int version, @Param("stade") Stade stade);

    @Query("select l from LigneFinancement l where l.conventionId = :conventionId and l.ficheId in :fiches and"
            + VISIBLE + "order by l.id")
    List<LigneFinancement> visiblesDesFiches(@Param("conventionId") Long conventionId,
            @Param("fiches") Collection<Long> fiches, @Param("version") int version);
}
