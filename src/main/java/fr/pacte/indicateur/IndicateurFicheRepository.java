package fr.pacte.indicateur;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicateurFicheRepository extends JpaRepository<IndicateurFiche, Long> {

    @EntityGraph(attributePaths = {"indicateur", "fiche", "fiche.champ", "axe", "parent"})
    List<IndicateurFiche> findByConventionId(Long conventionId);

    @EntityGraph(attributePaths = {"indicateur", "fiche", "fiche.champ", "axe"})
    Optional<IndicateurFiche> findByIdAndConventionId(Long id, Long conventionId);
}
