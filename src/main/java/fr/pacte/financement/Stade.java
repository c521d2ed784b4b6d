package fr.pacte.financement;

/**
 * R-FIN-21: a line is planned (PREVU), pre-notified by the State (PRE_NOTIFIE) or executed (EXECUTE); stades are
 * separate facts, never summed. The tableau financier and every plan figure read PREVU only.
 */
public enum Stade {
    PREVU, PRE_NOTIFIE, EXECUTE
}
