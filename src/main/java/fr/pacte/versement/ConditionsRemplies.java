package fr.pacte.versement;

import fr.pacte.convention.ConditionVersement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The payment conditions met by another feature's event (bilan final, mid-term report), per champ. */
@Component
class ConditionsRemplies {

    private final JdbcTemplate jdbc;

    ConditionsRemplies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, LocalDate> deLaConvention(Long conventionId) {
        Map<String, LocalDate> remplies = new HashMap<>();
        jdbc.query("select champ_id, condition, remplie_le from condition_versement_remplie where convention_id = ?",
                rs -> {
                    remplies.put(cle(rs.getLong(1), ConditionVersement.valueOf(rs.getString(2))),
                            rs.getDate(3).toLocalDate());
                }, conventionId);
        return remplies;
    }

    static String cle(Long champId, ConditionVersement condition) {
        return champId + ":" + condition.name();
    }

    void remplir(Long conventionId, Long champId, ConditionVersement condition, LocalDate date, String source,
            java.math.BigDecimal autorise) {
        jdbc.update("insert into condition_versement_remplie (convention_id, champ_id, condition, remplie_le, source, "
                + "montant_autorise) values (?, ?, ?, ?, ?, ?) on conflict (champ_id, condition) do nothing",
                conventionId, champId, condition.name(), date, source, autorise);
    }

    /** R-PAY-9: Σ allowed of a champ as fixed when its bilan final was transmitted. */
    java.util.Optional<java.math.BigDecimal> autorise(Long champId) {
        return jdbc.query("select montant_autorise from condition_versement_remplie where champ_id = ? and condition = ?",
                rs -> rs.next() ? java.util.Optional.ofNullable(rs.getBigDecimal(1)) : java.util.Optional.empty(),
                champId, ConditionVersement.BILAN_FINAL_RECU.name());
    }
}
