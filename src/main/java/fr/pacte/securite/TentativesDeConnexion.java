package fr.pacte.securite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * R-SEC-11: login is throttled. After {@value #ESSAIS_MAX} wrong passwords in a row an account is locked for
 * {@link #BLOCAGE}; a success clears the count. Kept in memory: a restart unlocks, which is acceptable for a throttle.
 */
@Component
class TentativesDeConnexion {

    static final int ESSAIS_MAX = 5;
    static final Duration BLOCAGE = Duration.ofMinutes(15);

    private final Map<String, Echecs> echecs = new ConcurrentHashMap<>();
    private final Clock horloge;

    TentativesDeConnexion() {
        this(Clock.systemUTC());
    }

    TentativesDeConnexion(Clock horloge) {
        this.horloge = horloge;
    }

    boolean bloque(String login) {
        Echecs e = echecs.get(cle(login));
        return e != null && e.nombre >= ESSAIS_MAX && e.dernier.plus(BLOCAGE).isAfter(horloge.instant());
    }

    @EventListener
    void echec(AbstractAuthenticationFailureEvent evenement) {
        if (evenement instanceof AuthenticationFailureServiceExceptionEvent) {
            return; // issue 13: the database was down, the password was not wrong (503, not counted)
        }
        String login = String.valueOf(evenement.getAuthentication().getPrincipal());
        echecs.compute(cle(login), (k, e) -> {
            Instant maintenant = horloge.instant();
            if (e == null || e.dernier.plus(BLOCAGE).isBefore(maintenant)) {
                return new Echecs(1, maintenant);
            }
            return new Echecs(e.nombre + 1, maintenant);
        });
    }

    @EventListener
    void succes(AuthenticationSuccessEvent evenement) {
        echecs.remove(cle(evenement.getAuthentication().getName()));
    }

    private static String cle(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private record Echecs(int nombre, Instant dernier) {
    }
}
