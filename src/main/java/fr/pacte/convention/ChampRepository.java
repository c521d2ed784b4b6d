package fr.pacte.convention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChampRepository extends JpaRepository<Champ, Long> {

    @Query("select distinct c from Champ c left join fetch c.axes where c.convention.id = :conventionId")
    List<Champ> avecAxes(@Param("conventionId") Long conventionId);
}
