package fr.pacte.convention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FicheActionRepository extends JpaRepository<FicheAction, Long> {

    List<FicheAction> findByConventionId(Long conventionId);

    Optional<FicheAction> findByIdAndConventionId(Long id, Long conventionId);

    /** The content of every fiche of a convention in one version (the rows whose range holds it). */
    @Query("""
            select c from FicheContenu c join fetch c.fiche f
            where f.convention.id = :conventionId and c.validite.versionDebut <= :version
              and (c.validite.versionFin is null or c.validite.versionFin > :version)""")
    List<FicheContenu> contenus(@Param("conventionId") Long conventionId, @Param("version") int version);

    @Query("""
            select a from AllocationAxe a join fetch a.fiche f
            where f.convention.id = :conventionId and a.validite.versionDebut <= :version
              and (a.validite.versionFin is null or a.validite.versionFin > :version)
            order by a.ordre""")
    List<AllocationAxe> allocations(@Param("conventionId") Long conventionId, @Param("version") int version);
}
