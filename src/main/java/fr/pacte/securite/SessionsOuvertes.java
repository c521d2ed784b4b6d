package fr.pacte.securite;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions of an account, in PostgreSQL (Spring Session JDBC): closed when the account is disabled, changes role
 * or périmètre, or gets a new password, so that nobody keeps rights they no longer have.
 */
@Component
class SessionsOuvertes {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionsOuvertes(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Closes every session of the login but {@code saufSessionId} (null: all of them); returns how many. */
    int fermer(String login, String saufSessionId) {
        FindByIndexNameSessionRepository<? extends Session> depot = sessions.getIfAvailable();
        if (depot == null) {
            return 0;
        }
        int fermees = 0;
        for (String id : depot.findByPrincipalName(login).keySet()) {
            if (!id.equals(saufSessionId)) {
                depot.deleteById(id);
                fermees++;
            }
        }
        return fermees;
    }
}
