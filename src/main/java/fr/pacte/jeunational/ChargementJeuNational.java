package fr.pacte.jeunational;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Profile {@code national}: loads the national dataset at start-up, after the demo's own conventions (so that the
 * Vienne keeps its demo convention). With or without the demo profile; with it, also one demo account per région
 * ({@link ComptesRegionaux}).
 */
@Component
@Profile("national")
@Order(100)
class ChargementJeuNational implements ApplicationRunner {

    private final JeuNational jeu;
    private final ComptesRegionaux comptes;
    private final Environment environnement;

    ChargementJeuNational(JeuNational jeu, ComptesRegionaux comptes, Environment environnement) {
        this.jeu = jeu;
        this.comptes = comptes;
        this.environnement = environnement;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        jeu.charger();
        if (environnement.acceptsProfiles(Profiles.of("demo"))) {
            comptes.creer();
        }
    }
}
