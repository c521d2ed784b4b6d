package fr.pacte.financement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MontantConventionnelRepository extends JpaRepository<MontantConventionnel, Long> {

    List<MontantConventionnel> findByConventionId(Long conventionId);
}
