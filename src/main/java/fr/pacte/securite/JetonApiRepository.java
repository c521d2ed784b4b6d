package fr.pacte.securite;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JetonApiRepository extends JpaRepository<JetonApi, Long> {

    List<JetonApi> findByUtilisateurIdOrderByCreeLeDesc(Long utilisateurId);

    /** Records a use at most every few minutes: a Bearer request otherwise writes nothing. */
    @Modifying
    @Query("update JetonApi j set j.derniereUtilisation = :maintenant where j.id = :id")
    void marquerUtilise(Long id, Instant maintenant);
}
