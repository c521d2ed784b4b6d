package fr.pacte.territoire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartementRepository extends JpaRepository<Departement, Long> {

    @Query("select d from Departement d join fetch d.region")
    List<Departement> findAllAvecRegion();
}
