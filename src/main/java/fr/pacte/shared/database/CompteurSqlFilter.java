package fr.pacte.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Bench instrumentation: with {@code pacte.bench.compter-sql=true} every response carries {@code X-Pacte-Sql}, the
 * number of SQL statements the request ran (bench/sql.sh prints them per page).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pacte.bench.compter-sql", havingValue = "true")
class CompteurSqlFilter {

    @Bean
    HibernatePropertiesCustomizer compteurSql() {
        return proprietes -> proprietes.put("hibernate.session_factory.statement_inspector", new CompteurSql());
    }

    @Bean
    OncePerRequestFilter entetteCompteurSql() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                    throws ServletException, IOException {
                CompteurSql.remettreAZero();
                ContentCachingResponseWrapper tampon = new ContentCachingResponseWrapper(reponse);
                suite.doFilter(requete, tampon);
                tampon.setHeader("X-Pacte-Sql", String.valueOf(CompteurSql.compte()));
                tampon.copyBodyToResponse();
            }
        };
    }
}
