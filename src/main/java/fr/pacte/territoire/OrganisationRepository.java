package fr.pacte.territoire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o left join fetch o.departement left join fetch o.region")
    List<Organisation> findAllAvecTerritoire();

    boolean existsByNomIgnoreCase(String nom);
}
