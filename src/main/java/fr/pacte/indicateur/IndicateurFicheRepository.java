package fr.pacte.indicateur;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicateurFicheRepository extends JpaRepository<IndicateurFiche, Long> {

    @EntityGraph(attributePaths = {"indicateur", "parent"})
    List<IndicateurFiche> findByConventionId(Long conventionId);

    /** The links of one fiche: the fiche page reads only those (not every indicator of the convention). */
    @EntityGraph(attributePaths = {"indicateur", "parent"})
    List<IndicateurFiche> findByConventionIdAndFicheId(Long conventionId, Long ficheId);
}
