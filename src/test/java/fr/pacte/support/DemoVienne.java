package fr.pacte.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Where the Vienne 2024 demo convention and its fiches are in a test database (ids differ from one to another). */
public final class DemoVienne {

    public static final String NUMERO = "2024-C-DGAS-DAS-0001";

    private DemoVienne() {
    }

    public static long convention(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select id from convention where numero_interne = ?", Long.class, NUMERO);
    }

    public static long fiche(JdbcTemplate jdbc, String numero) {
        return jdbc.queryForObject("select f.id from fiche_action f join convention c on c.id = f.convention_id "
                + "where c.numero_interne = ? and f.numero = ?", Long.class, NUMERO, numero);
    }
}
