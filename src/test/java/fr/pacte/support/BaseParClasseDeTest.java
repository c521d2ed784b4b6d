package fr.pacte.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test class its own database, migrated by Flyway and loaded with the demo data: test classes never
 * see each other's data, and a test that changes an amount cannot break another one.
 */
public class BaseParClasseDeTest implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer(testClass);
    }

    private static final class Customizer implements ContextCustomizer {

        private final Class<?> classeDeTest;

        Customizer(Class<?> classeDeTest) {
            this.classeDeTest = classeDeTest;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ServeurPostgresDeTest serveur = ServeurPostgresDeTest.get();
            String url = serveur.nouvelleBase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("base-de-test", Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", serveur.utilisateur(),
                    "spring.datasource.password", serveur.motDePasse(),
                    "spring.datasource.hikari.maximum-pool-size", "4")));
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                if (event.getApplicationContext() == context) {
                    serveur.supprimer(url);
                }
            });
        }

        // One context per test class: the class is part of the cache key.
        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer c && c.classeDeTest == classeDeTest;
        }

        @Override
        public int hashCode() {
            return Objects.hash(classeDeTest);
        }
    }
}
