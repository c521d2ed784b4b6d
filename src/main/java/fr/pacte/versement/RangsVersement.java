package fr.pacte.versement;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every computed instalment its row (stable id for {@code POST …/versements/{id}/transitions}) the first time
 * the schedule is read, in a transaction of its own so that a read-only page may do it; idempotent.
 */
@Component
class RangsVersement {

    private final JdbcTemplate jdbc;

    RangsVersement(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Rang(Long champId, int exercice, int ordre) {
    }

    /**
     * In a read-only transaction (a page, the API's GET) the rows are written in a transaction of their own; in a
     * write transaction (a use case holding the convention's lock) in that one, since the foreign key of a new row
     * would otherwise wait for the lock its own caller holds.
     */
    public void assurer(Long conventionId, List<Rang> rangs, RangsVersement moi) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                && !org.springframework.transaction.support.TransactionSynchronizationManager
                        .isCurrentTransactionReadOnly()) {
            inserer(conventionId, rangs);
        } else {
            moi.dansUneTransactionAPart(conventionId, rangs);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void dansUneTransactionAPart(Long conventionId, List<Rang> rangs) {
        inserer(conventionId, rangs);
    }

    private void inserer(Long conventionId, List<Rang> rangs) {
        java.util.Set<String> existants = new java.util.HashSet<>(jdbc.queryForList(
                "select champ_id || ':' || exercice || ':' || ordre from versement where convention_id = ?",
                String.class, conventionId));
        for (Rang r : rangs) {
            if (existants.contains(r.champId() + ":" + r.exercice() + ":" + r.ordre())) {
                continue;
            }
            jdbc.update("insert into versement (convention_id, champ_id, exercice, ordre) values (?, ?, ?, ?) "
                    + "on conflict (champ_id, exercice, ordre) do nothing", conventionId, r.champId(), r.exercice(),
                    r.ordre());
        }
    }
}
