package fr.pacte.rapport;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The repositories of the rapport feature (package-private). */
final class Repositories {
    private Repositories() {
    }
}

interface RapportRepository extends JpaRepository<RapportExecution, Long> {
    List<RapportExecution> findByConventionIdOrderByNumero(Long conventionId);

    Optional<RapportExecution> findByConventionIdAndNumero(Long conventionId, int numero);

    @Query("select coalesce(max(r.numero), 0) from RapportExecution r where r.conventionId = :conventionId")
    int dernierNumero(@Param("conventionId") Long conventionId);
}

interface RecitRepository extends JpaRepository<RecitRapport, Long> {
    List<RecitRapport> findByRapportId(Long rapportId);
}

interface FichierFigeRepository extends JpaRepository<FichierFige, Long> {
    List<FichierFige> findByRapportIdOrderById(Long rapportId);

    Optional<FichierFige> findByRapportIdAndFormat(Long rapportId, String format);
}
