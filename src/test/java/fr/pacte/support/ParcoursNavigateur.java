package fr.pacte.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the browser journeys: the app on its port, a fresh headless Chromium per test, closed afterwards.
 * CI installs Debian's chromium and chromium-driver (.ci/run), so there a missing browser is a failure, not a skip.
 */
@PacteBrowserTest
public abstract class ParcoursNavigateur {

    /** The narrow no-break space that separates thousands in the tables. */
    protected static final String NNBSP = "\u202F";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Navigateur navigateur;

    @BeforeEach
    void ouvrirLeNavigateur() throws Exception {
        assumeTrue(Navigateur.disponible() || System.getenv("CI") != null, "Chromium absent");
        navigateur = new Navigateur(port);
    }

    @AfterEach
    void fermerLeNavigateur() {
        if (navigateur != null) {
            navigateur.close();
        }
    }
}
