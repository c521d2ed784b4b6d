package fr.pacte.jeunational;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code national}: loads the national dataset at start-up, after the demo's own conventions (so that the
 * Vienne keeps its demo convention). With or without the demo profile.
 */
@Component
@Profile("national")
@Order(100)
class ChargementJeuNational implements ApplicationRunner {

    private final JeuNational jeu;

    ChargementJeuNational(JeuNational jeu) {
        this.jeu = jeu;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        jeu.charger();
    }
}
