package fr.pacte.shared.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * The demo profile (Vienne data, demo accounts) is on by default with the embedded database, and never otherwise:
 * a server configured through SPRING_DATASOURCE_URL gets no demo account unless someone asks for the profile.
 * It runs before the configuration files are read, so that application-demo.properties is loaded; the URL is
 * therefore looked for in the environment variables, system properties and command line.
 */
public class DemoProfileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embarquee = !StringUtils.hasText(environment.getProperty(SansUrlDeBaseCondition.URL));
        boolean desactive = environment.getProperty("pacte.demo.auto", Boolean.class, true) == Boolean.FALSE;
        if (embarquee && !desactive && !environment.matchesProfiles(DEMO)) {
            environment.addActiveProfile(DEMO);
        }
    }
}
