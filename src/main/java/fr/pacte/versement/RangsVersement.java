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

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void assurer(Long conventionId, List<Rang> rangs) {
        for (Rang r : rangs) {
            jdbc.update("insert into versement (convention_id, champ_id, exercice, ordre) values (?, ?, ?, ?) "
                    + "on conflict (champ_id, exercice, ordre) do nothing", conventionId, r.champId(), r.exercice(),
                    r.ordre());
        }
    }
}
