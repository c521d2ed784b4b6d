package fr.pacte.convention;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConventionRepository extends JpaRepository<Convention, Long> {

    // R-SEC-2..4: a Département user sees its Département, a préfecture de région every Département of the région.
    @Query("""
            select c from Convention c join fetch c.departement d join fetch d.region
            where :tout = true or d.id = :departementId or d.region.id = :regionId
            order by c.numeroInterne""")
    List<Convention> findVisibles(@Param("tout") boolean tout, @Param("departementId") Long departementId,
            @Param("regionId") Long regionId);

    @Query("""
            select c from Convention c join fetch c.departement d join fetch d.region
            where c.id = :id and (:tout = true or d.id = :departementId or d.region.id = :regionId)""")
    Optional<Convention> findVisible(@Param("id") Long id, @Param("tout") boolean tout,
            @Param("departementId") Long departementId, @Param("regionId") Long regionId);

    /** Every write of a convention's money takes this lock first: writers of one convention queue, never collide. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Convention c where c.id = :id")
    Optional<Convention> verrouiller(@Param("id") Long id);

    /** Period of each convention, from its champs: [id, min(debut), max(fin)]. */
    @Query("select c.convention.id, min(c.dateDebut), max(c.dateFin) from Champ c where c.convention.id in :ids "
            + "group by c.convention.id")
    List<Object[]> periodes(@Param("ids") List<Long> ids);
}
