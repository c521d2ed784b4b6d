package fr.pacte.securite;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions in PostgreSQL at the cost of one read per request (issue 12, point 5). Spring Session JDBC, as it comes,
 * writes the last-access time at every request and, once the session is saved, reads it again to check that it is
 * still valid: three transactions for one page. Here the last-access time is written when it moved by a minute or
 * more (a session of 30 minutes then ends at worst a minute early), and the check after the save, in the same
 * request, is answered by the session just saved. Every other change (sign-in, attributes, sign-out, a session
 * closed by the administration) is written as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionsEconomes {

    /** Below this, a new last-access time is not worth a write. */
    static final Duration PAS_DU_DERNIER_ACCES = Duration.ofMinutes(1);

    /** The sessions saved during the current request, by id: only between the two ends of one request. */
    private static final ThreadLocal<Map<String, Session>> ENREGISTREES = new ThreadLocal<>();

    /** The repository of Spring Session JDBC, wrapped as soon as it is made (before the session filter gets it). */
    @Bean
    static BeanPostProcessor sessionsEconomesDepot() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof JdbcIndexedSessionRepository depot ? new Depot(depot) : bean;
            }
        };
    }

    /** Opens and closes the request's memory of saved sessions around Spring Session's filter. */
    @Bean
    FilterRegistrationBean<Filter> sessionsEconomesPortee() {
        FilterRegistrationBean<Filter> inscription = new FilterRegistrationBean<>(new Portee());
        inscription.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return inscription;
    }

    static final class Portee implements Filter {
        @Override
        public void doFilter(ServletRequest requete, ServletResponse reponse, FilterChain suite)
                throws IOException, ServletException {
            if (ENREGISTREES.get() != null) {
                suite.doFilter(requete, reponse);   // a forward or an error page inside the same request
                return;
            }
            ENREGISTREES.set(new HashMap<>(2));
            try {
                suite.doFilter(requete, reponse);
            } finally {
                ENREGISTREES.remove();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final class Depot implements FindByIndexNameSessionRepository<SessionEconome> {

        private final FindByIndexNameSessionRepository<Session> jdbc;

        Depot(JdbcIndexedSessionRepository jdbc) {
            this.jdbc = (FindByIndexNameSessionRepository) jdbc;
        }

        @Override
        public SessionEconome createSession() {
            return new SessionEconome(jdbc.createSession());
        }

        @Override
        public void save(SessionEconome session) {
            jdbc.save(session.jdbc);
            Map<String, Session> enregistrees = ENREGISTREES.get();
            if (enregistrees != null) {
                enregistrees.put(session.getId(), session);
            }
        }

        @Override
        public SessionEconome findById(String id) {
            Map<String, Session> enregistrees = ENREGISTREES.get();
            if (enregistrees != null && enregistrees.get(id) instanceof SessionEconome deja && !deja.isExpired()) {
                return deja;
            }
            Session lue = jdbc.findById(id);
            return lue == null ? null : new SessionEconome(lue);
        }

        @Override
        public void deleteById(String id) {
            Map<String, Session> enregistrees = ENREGISTREES.get();
            if (enregistrees != null) {
                enregistrees.remove(id);
            }
            jdbc.deleteById(id);
        }

        @Override
        public Map<String, SessionEconome> findByIndexNameAndIndexValue(String index, String valeur) {
            Map<String, SessionEconome> sessions = new LinkedHashMap<>();
            jdbc.findByIndexNameAndIndexValue(index, valeur)
                    .forEach((id, s) -> sessions.put(id, new SessionEconome(s)));
            return sessions;
        }
    }

    /** A session of Spring Session JDBC whose last-access time is only moved by a minute or more. */
    static final class SessionEconome implements Session {

        private final Session jdbc;

        SessionEconome(Session jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void setLastAccessedTime(Instant instant) {
            if (!instant.isBefore(jdbc.getLastAccessedTime().plus(PAS_DU_DERNIER_ACCES))) {
                jdbc.setLastAccessedTime(instant);
            }
        }

        @Override
        public String getId() {
            return jdbc.getId();
        }

        @Override
        public String changeSessionId() {
            return jdbc.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String nom) {
            return jdbc.getAttribute(nom);
        }

        @Override
        public Set<String> getAttributeNames() {
            return jdbc.getAttributeNames();
        }

        @Override
        public void setAttribute(String nom, Object valeur) {
            jdbc.setAttribute(nom, valeur);
        }

        @Override
        public void removeAttribute(String nom) {
            jdbc.removeAttribute(nom);
        }

        @Override
        public Instant getCreationTime() {
            return jdbc.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return jdbc.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration intervalle) {
            jdbc.setMaxInactiveInterval(intervalle);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return jdbc.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return jdbc.isExpired();
        }
    }
}
