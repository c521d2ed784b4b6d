package fr.pacte.convention;

import fr.pacte.securite.Perimetre;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The revision of a convention the reader may see (the scope of {@link ConventionRepository#findVisible}), or
 * nothing: one indexed read, with plain JDBC and in autocommit when no transaction runs, that lets a page take a kept
 * snapshot without loading the row (issue 12, point 5).
 */
@Repository
class RevisionsDesConventions {

    private final JdbcTemplate jdbc;

    RevisionsDesConventions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> siVisible(Long id, Perimetre p) {
        List<Long> revision = jdbc.queryForList("""
                select coalesce(r.revision, 0) from convention c join departement d on d.id = c.departement_id
                  left join revision_convention r on r.convention_id = c.id
                where c.id = ? and (? or d.id = ? or d.region_id = ?)""",
                Long.class, id, p.tout(), p.departementId(), p.regionId());
        return revision.stream().findFirst();
    }
}
