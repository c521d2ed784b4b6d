package fr.pacte.convention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConventionRepository extends JpaRepository<Convention, Long> {

    // R-SEC-2..4: a Département user sees its Département, a préfecture de région every Département of the région.
    @Query("""
            select c from Convention c join fetch c.departement d
            where :tout = true or d.id = :departementId or d.region.id = :regionId
            order by c.numeroInterne""")
    List<Convention> findVisibles(@Param("tout") boolean tout, @Param("departementId") Long departementId,
            @Param("regionId") Long regionId);

    @Query("""
            select c from Convention c join fetch c.departement d
            where c.id = :id and (:tout = true or d.id = :departementId or d.region.id = :regionId)""")
    Optional<Convention> findVisible(@Param("id") Long id, @Param("tout") boolean tout,
            @Param("departementId") Long departementId, @Param("regionId") Long regionId);
}
