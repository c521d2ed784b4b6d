package fr.pacte.avenant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AvenantRepository extends JpaRepository<Avenant, Long> {

    List<Avenant> findByConventionIdOrderByNumero(Long conventionId);

    Optional<Avenant> findByConventionIdAndNumero(Long conventionId, int numero);

    Optional<Avenant> findByConventionIdAndVersionNumeroAndStatutIn(Long conventionId, int versionNumero,
            Collection<StatutAvenant> statuts);

    /** Avenants in one of these states of the conventions the user sees (the inbox), oldest first. */
    @Query(value = """
            select a.* from avenant a
            join convention c on c.id = a.convention_id join departement d on d.id = c.departement_id
            where a.statut in (:statuts) and (:tout = true or d.id = :departementId or d.region_id = :regionId)
            order by a.depuis, a.id""", nativeQuery = true)
    List<Avenant> enAttente(@Param("statuts") Collection<String> statuts, @Param("tout") boolean tout,
            @Param("departementId") Long departementId, @Param("regionId") Long regionId);
}
