package fr.pacte.revue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevueFicheRepository extends JpaRepository<RevueFiche, Long> {

    Optional<RevueFiche> findByFicheIdAndVersion(Long ficheId, int version);

    /** Every review of the fiches of a convention, all versions: the state of a fiche follows its last one. */
    List<RevueFiche> findByConventionIdOrderByVersionDesc(Long conventionId);

    List<RevueFiche> findByConventionIdAndVersion(Long conventionId, int version);

    @Query("select distinct r from RevueFiche r join r.lignes l where r.conventionId = :conventionId "
            + "and r.version = :version and l.statut = fr.pacte.revue.StatutLigne.CONTESTEE")
    List<RevueFiche> avecLignesContestees(@Param("conventionId") Long conventionId, @Param("version") int version);

    /** Reviews in one of these states in the current draft of a visible convention (the inbox). */
    @Query(value = """
            select r.* from revue_fiche r
            join convention c on c.id = r.convention_id join departement d on d.id = c.departement_id
            join convention_version v on v.convention_id = r.convention_id and v.numero = r.version
            where v.statut = 'BROUILLON' and r.statut in (:statuts)
              and (:tout = true or d.id = :departementId or d.region_id = :regionId)
            order by r.depuis, r.id""", nativeQuery = true)
    List<RevueFiche> enAttente(@Param("statuts") Collection<String> statuts, @Param("tout") boolean tout,
            @Param("departementId") Long departementId, @Param("regionId") Long regionId);
}
