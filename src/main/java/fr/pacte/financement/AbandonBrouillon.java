package fr.pacte.financement;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives back the money of an abandoned draft (contracts/avenant.md, ABANDONNE): the planned lines, montants
 * conventionnels and reports it wrote are deleted and those it had closed are reopened, so the version in force is
 * whole again. Executed and pre-notified lines are other facts and are not touched (R-FIN-21). Called by the
 * avenant's use case, under the convention's lock.
 */
@Service
@Transactional
public class AbandonBrouillon {

    private final JdbcTemplate jdbc;
    private final EntityManager entites;

    AbandonBrouillon(JdbcTemplate jdbc, EntityManager entites) {
        this.jdbc = jdbc;
        this.entites = entites;
    }

    public void rendre(Long conventionId, int version) {
        entites.flush();
        jdbc.update("delete from ligne_financement where convention_id = ? and stade = 'PREVU' and version_debut = ?",
                conventionId, version);
        jdbc.update("update ligne_financement set version_fin = null where convention_id = ? and stade = 'PREVU' "
                + "and version_fin = ?", conventionId, version);
        for (String table : new String[] {"montant_conventionnel", "report_credits"}) {
            jdbc.update("delete from " + table + " where convention_id = ? and version_debut = ?", conventionId,
                    version);
            jdbc.update("update " + table + " set version_fin = null where convention_id = ? and version_fin = ?",
                    conventionId, version);
        }
        entites.clear();
    }
}
