package fr.pacte.securite;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UtilisateurRepository extends JpaRepository<Utilisateur, Long> {

    Optional<Utilisateur> findByLogin(String login);

    boolean existsByLoginIgnoreCase(String login);

    List<Utilisateur> findAllByOrderByLoginAsc();

    @Modifying
    @Query("update Utilisateur u set u.derniereConnexion = :quand where u.login = :login")
    void marquerConnexion(String login, Instant quand);

    /** The account of a token, in the same query: a Bearer request reads one row and checks no hash. */
    @Query("select new fr.pacte.securite.JetonEtUtilisateur(j, u) from JetonApi j join Utilisateur u "
            + "on u.id = j.utilisateurId where j.empreinte = :empreinte")
    Optional<JetonEtUtilisateur> findParJeton(String empreinte);
}
