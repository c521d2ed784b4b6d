package fr.pacte.financement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportCreditsRepository extends JpaRepository<ReportCredits, Long> {

    @Query("select r from ReportCredits r where r.conventionId = :conventionId and r.validite.versionDebut <= :version "
            + "and (r.validite.versionFin is null or r.validite.versionFin > :version) order by r.id")
    List<ReportCredits> visibles(@Param("conventionId") Long conventionId, @Param("version") int version);
}
