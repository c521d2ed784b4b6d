package fr.pacte.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo profile only: the second demo convention, the Vienne PDI/PTI 2011-2013 (sources 001: a programme with 14
 * signatories, finalités → axes → orientations as an axe tree, 34 fiches with their pilots and partners, no money),
 * entered as a convention document through the same use case as any Département's (db/demo/pdi-pti-vienne-2011-2013
 * .json), as the demo administrator. Idempotent: nothing happens when it is already there.
 */
@Component
@Profile("demo")
class DemoPdiPti implements ApplicationRunner {

    static final String RESSOURCE = "/db/demo/pdi-pti-vienne-2011-2013.json";
    static final String NUMERO = "PDI-PTI-2011-2013";

    private final CreerConvention creer;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final UserDetailsService utilisateurs;

    DemoPdiPti(CreerConvention creer, JdbcTemplate jdbc, JsonMapper json, UserDetailsService utilisateurs) {
        this.creer = creer;
        this.jdbc = jdbc;
        this.json = json;
        this.utilisateurs = utilisateurs;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        boolean vienne = jdbc.queryForObject("select count(*) from departement where code = '86'", Integer.class) > 0;
        boolean admin = jdbc.queryForObject("select count(*) from utilisateur where login = 'admin'", Integer.class) > 0;
        boolean deja = jdbc.queryForObject("select count(*) from convention c join departement d on d.id = "
                + "c.departement_id where d.code = '86' and c.numero_interne = ?", Integer.class, NUMERO) > 0;
        if (!vienne || !admin || deja) {
            return;
        }
        DocumentConvention document;
        try (InputStream in = DemoPdiPti.class.getResourceAsStream(RESSOURCE)) {
            document = json.readValue(in, DocumentConvention.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UserDetails administrateur = utilisateurs.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                administrateur, null, administrateur.getAuthorities()));
        try {
            creer.executer(document, "demo");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
