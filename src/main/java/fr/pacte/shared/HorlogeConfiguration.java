package fr.pacte.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, injected where a date or time is taken, so that tests can fix "today". */
@Configuration(proxyBeanMethods = false)
class HorlogeConfiguration {

    @Bean
    Clock horloge() {
        return Clock.systemDefaultZone();
    }
}
