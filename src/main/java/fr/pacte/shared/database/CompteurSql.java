package fr.pacte.shared.database;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so that {@code bench/} can print how many a
 * page costs. Registered only when {@code pacte.bench.compter-sql=true}; it never changes a statement.
 */
public class CompteurSql implements StatementInspector {

    private static final ThreadLocal<int[]> COMPTE = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public String inspect(String sql) {
        COMPTE.get()[0]++;
        return sql;
    }

    static void remettreAZero() {
        COMPTE.get()[0] = 0;
    }

    static int compte() {
        return COMPTE.get()[0];
    }
}
