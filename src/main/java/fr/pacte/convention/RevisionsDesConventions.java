package fr.pacte.convention;

import fr.pacte.securite.Perimetre;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The revision of a convention, kept by the database (issue 12, point 5), read with plain JDBC: in the transaction
 * that runs, else in autocommit.
 */
@Repository
class RevisionsDesConventions {

    private final JdbcTemplate jdbc;

    RevisionsDesConventions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The revision of a convention the reader may see (the scope of {@link ConventionRepository#findVisible}), or
     * nothing: one indexed read that lets a page take a kept snapshot without loading the row.
     */
    Optional<Long> siVisible(Long id, Perimetre p) {
        List<Long> revision = jdbc.queryForList("""
                select coalesce(r.revision, 0) from convention c join departement d on d.id = c.departement_id
                  left join revision_convention r on r.convention_id = c.id
                where c.id = ? and (? or d.id = ? or d.region_id = ?)""",
                Long.class, id, p.tout(), p.departementId(), p.regionId());
        return revision.stream().findFirst();
    }

    /** The revision as committed now: compared with the one read with the row to know whether a snapshot just loaded
     * saw one state of the convention. */
    long actuelle(Long id) {
        return jdbc.queryForObject("select coalesce(max(revision), 0) from revision_convention where convention_id = ?",
                Long.class, id);
    }
}
