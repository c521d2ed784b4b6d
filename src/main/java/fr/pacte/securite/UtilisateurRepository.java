package fr.pacte.securite;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UtilisateurRepository extends JpaRepository<Utilisateur, Long> {

    Optional<Utilisateur> findByLogin(String login);
}
