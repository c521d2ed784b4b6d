package fr.pacte.jeunational;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles {@code demo} and {@code national} together: one AGENT_PREFECTURE_REGION account per région
 * ({@code prefecture.<code INSEE de la région>}, e.g. {@code prefecture.75} beside the demo's {@code prefecture.na}),
 * password {@code demo}, so that a bench signs in as each région (R-SEC-4). Demo accounts, hence only with the demo
 * profile (R-SEC-11): the same hash as the demo migrations' accounts, written the way they are; an existing login is
 * left alone (idempotent).
 */
@Component
@Profile("national")
class ComptesRegionaux {

    private static final Logger LOG = LoggerFactory.getLogger(ComptesRegionaux.class);

    /** bcrypt of "demo", as in db/demo/V202611241020__demo_comptes_domaine.sql. */
    private static final String DEMO = "{bcrypt}$2a$10$QQU4FNy5jFdk1RV7WjeqHuuW3ubL8Q0ZRszv6IBwxJyAlZQEYIpjO";

    private final JdbcTemplate jdbc;

    ComptesRegionaux(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int creer() {
        int crees = jdbc.update("""
                insert into utilisateur (login, mot_de_passe, nom_affiche, role, organisation, organisation_id,
                                         region_id, cree_le)
                select 'prefecture.' || lower(r.code), ?, 'Préfecture de région ' || r.nom || ' (jeu national)',
                       'AGENT_PREFECTURE_REGION', o.nom, o.id, r.id, now()
                from region r
                join lateral (select id, nom from organisation where region_id = r.id and type = 'PREFECTURE_REGION'
                              order by id limit 1) o on true
                where r.code <> 'DEMO'
                on conflict (login) do nothing""", DEMO);
        LOG.info("Jeu national : {} comptes de préfecture de région créés (prefecture.<code région>, mot de passe demo)",
                crees);
        return crees;
    }
}
