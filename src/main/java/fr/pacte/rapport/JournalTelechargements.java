package fr.pacte.rapport;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** R-SEC-12: who downloaded which frozen file and when (a download is a read: its log has its own transaction). */
@Component
class JournalTelechargements {

    private final JdbcTemplate jdbc;

    JournalTelechargements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void noter(Long rapportId, FormatRapport format, String login, LocalDateTime le) {
        jdbc.update("insert into rapport_telechargement (rapport_id, format, login, le) values (?, ?, ?, ?)", rapportId,
                format.extension(), login, le);
    }

    long nombre(Long rapportId) {
        Long n = jdbc.queryForObject("select count(*) from rapport_telechargement where rapport_id = ?", Long.class,
                rapportId);
        return n == null ? 0 : n;
    }
}
