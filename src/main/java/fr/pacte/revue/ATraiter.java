package fr.pacte.revue;

import fr.pacte.securite.Perimetre;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.securite.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox « À traiter » of the signed-in user (contracts/avenant.md, {@code GET /api/v1/revues}), oldest first:
 * for the préfecture the fiches SOUMISE or EN_REVUE and the avenants EN_REVUE; for the Département's agents and
 * valideurs the fiches A_CORRIGER; for its finance officers the avenants waiting for their délibération or their
 * signature. Items come from every {@link ElementsATraiter}; the header's count is one SQL statement.
 */
@Service
@Transactional(readOnly = true)
public class ATraiter {

    private final List<ElementsATraiter> sources;
    private final PerimetreCourant perimetre;
    private final JdbcTemplate jdbc;

    ATraiter(List<ElementsATraiter> sources, PerimetreCourant perimetre, JdbcTemplate jdbc) {
        this.sources = sources;
        this.perimetre = perimetre;
        this.jdbc = jdbc;
    }

    /** The review states of fiches waiting for a role. */
    static Set<StatutRevue> fichesPour(Role role) {
        return switch (role) {
            case AGENT_PREFECTURE_DEPARTEMENT, AGENT_PREFECTURE_REGION -> EnumSet.of(StatutRevue.SOUMISE,
                    StatutRevue.EN_REVUE);
            case AGENT_DEPARTEMENT, VALIDEUR_DEPARTEMENT -> EnumSet.of(StatutRevue.A_CORRIGER);
            default -> EnumSet.noneOf(StatutRevue.class);
        };
    }

    /** The avenant states waiting for a role (the avenant feature's statuts, by name). */
    public static Set<String> avenantsPour(Role role) {
        return switch (role) {
            case AGENT_PREFECTURE_DEPARTEMENT, AGENT_PREFECTURE_REGION -> Set.of("EN_REVUE");
            case FINANCES_DEPARTEMENT -> Set.of("ACCORD", "DELIBERE");
            default -> Set.of();
        };
    }

    public List<ElementATraiter> elements() {
        Perimetre p = perimetre.get();
        List<ElementATraiter> tous = new ArrayList<>();
        sources.forEach(s -> tous.addAll(s.enAttente(p)));
        tous.sort(Comparator.comparing(ElementATraiter::depuis, Comparator.nullsFirst(Comparator.naturalOrder())));
        return tous;
    }

    /**
     * How many items wait for the user, for the header of every page: one statement over the reviews of the current
     * drafts and the avenants (a deliberate read of the avenant table here, to keep the header at one query). One
     * statement needs no transaction of its own: outside one it runs alone, in autocommit (one round trip, not three).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public int compter() {
        Perimetre p = perimetre.get();
        String fiches = String.join(",", fichesPour(p.role()).stream().map(s -> "'" + s.name() + "'").toList());
        String avenants = String.join(",", avenantsPour(p.role()).stream().map(s -> "'" + s + "'").toList());
        if (fiches.isEmpty() && avenants.isEmpty()) {
            return 0;
        }
        String portee = " join convention c on c.id = x.convention_id join departement d on d.id = c.departement_id"
                + " where (? or d.id = ? or d.region_id = ?) ";
        String sql = "select "
                + (fiches.isEmpty() ? "0" : "(select count(*) from revue_fiche x" + portee + "and x.statut in ("
                        + fiches + ") and exists (select 1 from convention_version v where v.convention_id = "
                        + "x.convention_id and v.numero = x.version and v.statut = 'BROUILLON'))")
                + " + "
                + (avenants.isEmpty() ? "0" : "(select count(*) from avenant x" + portee + "and x.statut in ("
                        + avenants + "))");
        List<Object> parametres = new ArrayList<>();
        int blocs = (fiches.isEmpty() ? 0 : 1) + (avenants.isEmpty() ? 0 : 1);
        for (int i = 0; i < blocs; i++) {
            parametres.add(p.tout());
            parametres.add(p.departementId());
            parametres.add(p.regionId());
        }
        Integer n = jdbc.queryForObject(sql, Integer.class, parametres.toArray());
        return n == null ? 0 : n;
    }
}
