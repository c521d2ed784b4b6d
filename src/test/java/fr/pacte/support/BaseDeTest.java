package fr.pacte.support;

/**
 * An empty database of its own on the test server, for tests that start the application (or Flyway) themselves
 * instead of through a Spring test context; dropped on close.
 */
public final class BaseDeTest implements AutoCloseable {

    private final ServeurPostgresDeTest serveur = ServeurPostgresDeTest.get();
    private final String url = serveur.nouvelleBase();

    public String url() {
        return url;
    }

    public String utilisateur() {
        return serveur.utilisateur();
    }

    public String motDePasse() {
        return serveur.motDePasse();
    }

    @Override
    public void close() {
        serveur.supprimer(url);
    }
}
