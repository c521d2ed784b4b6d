package fr.pacte.convention;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AxeRepository extends JpaRepository<Axe, Long> {

    List<Axe> findByChampIdOrderByOrdre(Long champId);
}
