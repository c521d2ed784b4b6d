package fr.pacte.financement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChiffreDeclareRepository extends JpaRepository<ChiffreDeclare, Long> {

    List<ChiffreDeclare> findByConventionId(Long conventionId);
}
