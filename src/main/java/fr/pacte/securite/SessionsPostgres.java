package fr.pacte.securite;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL: concurrent requests of one session that set the same new attribute (a CSRF token, a pending
 * import) would both insert it and one would fail on the key. PostgreSQL's upsert makes the second one an update.
 */
@Configuration(proxyBeanMethods = false)
class SessionsPostgres {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertDesAttributsDeSession() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
