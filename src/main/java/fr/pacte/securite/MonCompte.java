package fr.pacte.securite;

import fr.pacte.securite.Evenements.MotDePasseChange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every user does on their own account: change their password (issue 12 item 2), sign-in time. */
@Service
public class MonCompte {

    private final UtilisateurRepository utilisateurs;
    private final PerimetreCourant courant;
    private final PasswordEncoder chiffrement;
    private final SessionsOuvertes sessions;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge = Clock.systemUTC();

    MonCompte(UtilisateurRepository utilisateurs, PerimetreCourant courant, PasswordEncoder chiffrement,
            SessionsOuvertes sessions, ApplicationEventPublisher evenements) {
        this.utilisateurs = utilisateurs;
        this.courant = courant;
        this.chiffrement = chiffrement;
        this.sessions = sessions;
        this.evenements = evenements;
    }

    /**
     * Changes the signed-in user's password: the current one first, then {@link MotDePasseRule}, and never the same
     * again. Their other sessions are closed. Returns the user as the session must now hold them (no longer
     * "provisoire").
     */
    @Transactional
    public UtilisateurConnecte changerMotDePasse(String actuel, String nouveau, String sessionCourante) {
        Utilisateur compte = utilisateurs.findByLogin(courant.utilisateur().getUsername()).orElseThrow();
        List<Refus> refus = new ArrayList<>();
        if (actuel == null || !chiffrement.matches(actuel, compte.getMotDePasse())) {
            refus.add(Refus.de("actuel", "motDePasse.actuel.incorrect"));
        }
        refus.addAll(MotDePasseRule.verifier("nouveau", nouveau, compte.getLogin(), compte.getNomAffiche()));
        if (refus.isEmpty() && chiffrement.matches(nouveau, compte.getMotDePasse())) {
            refus.add(Refus.de("nouveau", "motDePasse.identique"));
        }
        if (!refus.isEmpty()) {
            throw new CompteRefuseException(refus);
        }
        compte.changerMotDePasse(chiffrement.encode(nouveau));
        sessions.fermer(compte.getLogin(), sessionCourante);
        evenements.publishEvent(new MotDePasseChange(compte.getLogin(), horloge.instant(), compte.getId(),
                compte.getLogin()));
        return new UtilisateurConnecte(compte);
    }

    /** Records a sign-in by the page (what the administrator sees as "dernière connexion"). */
    @Transactional
    public void connexionReussie(String login) {
        utilisateurs.marquerConnexion(login, horloge.instant());
    }
}
