package fr.pacte.financement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MontantConventionnelRepository extends JpaRepository<MontantConventionnel, Long> {

    /** The amounts written in the articles of one version of the convention. */
    @Query("select m from MontantConventionnel m where m.conventionId = :conventionId and m.validite.versionDebut <= :version "
            + "and (m.validite.versionFin is null or m.validite.versionFin > :version) order by m.id")
    List<MontantConventionnel> visibles(@Param("conventionId") Long conventionId, @Param("version") int version);
}
