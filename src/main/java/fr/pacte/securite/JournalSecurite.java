package fr.pacte.securite;

import fr.pacte.securite.Evenements.EvenementSecurite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Until the audit journal exists (R-SEC-10): one log line per administration or token event. */
@Component
class JournalSecurite {

    private static final Logger LOG = LoggerFactory.getLogger(JournalSecurite.class);

    @EventListener
    void journaliser(EvenementSecurite evenement) {
        LOG.info("{} par {} le {} : {} — {}", evenement.getClass().getSimpleName(), evenement.auteur(),
                evenement.horodatage(), evenement.objet(), Evenements.resume(evenement));
    }
}
