package fr.pacte.securite;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UtilisateurDetailsService implements UserDetailsService {

    private final UtilisateurRepository utilisateurs;
    private final TentativesDeConnexion tentatives;

    UtilisateurDetailsService(UtilisateurRepository utilisateurs, TentativesDeConnexion tentatives) {
        this.utilisateurs = utilisateurs;
        this.tentatives = tentatives;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        if (tentatives.bloque(login)) {
            throw new LockedException("Compte temporairement bloqué après plusieurs échecs de connexion");
        }
        return utilisateurs.findByLogin(login)
                .map(UtilisateurConnecte::new)
                .orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
    }
}
