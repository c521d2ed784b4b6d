package fr.pacte.securite;

import fr.pacte.securite.Evenements.EvenementSecurite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One log line per administration or token event, for the operators. The record that counts is the audit journal
 * (R-SEC-6, R-SEC-10): {@code audit/JournalAudit} writes every such event in the transaction that made it.
 */
@Component
class JournalSecurite {

    private static final Logger LOG = LoggerFactory.getLogger(JournalSecurite.class);

    @EventListener
    void journaliser(EvenementSecurite evenement) {
        LOG.info("{} par {} le {} : {} — {}", evenement.getClass().getSimpleName(), evenement.auteur(),
                evenement.horodatage(), evenement.objet(), Evenements.resume(evenement));
    }
}
