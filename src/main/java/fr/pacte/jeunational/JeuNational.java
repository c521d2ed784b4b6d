package fr.pacte.jeunational;

import fr.pacte.document.CreerConvention;
import fr.pacte.jeunational.GenerateurConvention.Territoire;
import fr.pacte.securite.TacheSysteme;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Loads the national dataset (issue 12 item 4): for every Département of the reference data that has no Contrat
 * départemental des solidarités yet (the Vienne demo keeps its own), the generated document is created through
 * {@link CreerConvention}, the use case of any Département's convention, so that the dataset stays valid as the
 * model grows. One transaction per convention; idempotent: a restart creates nothing twice. Acts as the
 * administrator under the login {@value #AUTEUR} (no account, nobody signs in with it).
 */
@Service
public class JeuNational {

    static final String AUTEUR = "systeme.jeu-national";

    private static final Logger LOG = LoggerFactory.getLogger(JeuNational.class);

    private final CreerConvention creer;
    private final JdbcTemplate jdbc;

    JeuNational(CreerConvention creer, JdbcTemplate jdbc) {
        this.creer = creer;
        this.jdbc = jdbc;
    }

    /** What a load did: conventions created, Départements skipped because they had one, milliseconds. */
    public record Chargement(int creees, int ignorees, long millisecondes) {
    }

    /**
     * The Départements still without a convention of the type, with the organisations that sign (the fictional
     * territories of the demo are left out: their région is not one of the 18).
     */
    List<Territoire> departementsSansConvention() {
        return jdbc.query("""
                select d.code, d.nom,
                       (select o.nom from organisation o where o.departement_id = d.id and o.type = 'DEPARTEMENT'
                        order by o.id limit 1) as collectivite,
                       (select o.nom from organisation o where o.departement_id = d.id
                        and o.type = 'PREFECTURE_DEPARTEMENT' order by o.id limit 1) as prefecture
                from departement d join region r on r.id = d.region_id
                where r.code <> 'DEMO' and d.code <> '99'
                  and not exists (select 1 from convention c where c.departement_id = d.id
                                  and c.type = 'PACTE_SOLIDARITES')
                order by d.code""", (rs, i) -> new Territoire(rs.getString(1), rs.getString(2),
                nom(rs.getString(3), "Département — " + rs.getString(2)),
                nom(rs.getString(4), "Préfecture — " + rs.getString(2))));
    }

    /** Creates the missing conventions and logs the time it took. */
    public Chargement charger() {
        long debut = System.nanoTime();
        List<Territoire> territoires = departementsSansConvention();
        int total = jdbc.queryForObject("select count(*) from departement d join region r on r.id = d.region_id "
                + "where r.code <> 'DEMO' and d.code <> '99'", Integer.class);
        TacheSysteme.executer(AUTEUR, "Jeu de données national", () -> {
            for (Territoire t : territoires) {
                creer.executer(GenerateurConvention.generer(t), "json");
            }
            return null;
        });
        long ms = (System.nanoTime() - debut) / 1_000_000;
        Chargement chargement = new Chargement(territoires.size(), total - territoires.size(), ms);
        LOG.info("Jeu national : {} conventions créées, {} Départements en avaient déjà une, en {} ms",
                chargement.creees(), chargement.ignorees(), chargement.millisecondes());
        return chargement;
    }

    private static String nom(String lu, String defaut) {
        return lu == null ? defaut : lu;
    }
}
