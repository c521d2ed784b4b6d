package fr.pacte.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Where the Vienne 2024 demo convention and its fiches are in a test database (ids differ from one to another). */
public final class DemoVienne {

    public static final String NUMERO = "2024-C-DGAS-DAS-0001";

    /**
     * SQL condition on a line aliased {@code l}: it belongs to the latest version of its convention (the draft once a
     * change to the signed Vienne has opened one, else the version in force). Lines are versioned rows, so a sum over
     * the raw table would add a version's row and its replacement.
     */
    public static final String DERNIERE_VERSION = " l.version_debut <= (select max(v.numero) from convention_version v"
            + " where v.convention_id = l.convention_id and v.statut <> 'ABANDONNEE') and (l.version_fin is null or"
            + " l.version_fin > (select max(v.numero) from convention_version v where v.convention_id = l.convention_id"
            + " and v.statut <> 'ABANDONNEE')) ";

    /** SQL condition on a line aliased {@code l}: it belongs to version {@code n} of its convention. */
    public static String enVersion(int n) {
        return " l.version_debut <= " + n + " and (l.version_fin is null or l.version_fin > " + n + ") ";
    }

    private DemoVienne() {
    }

    /** A tableau financier file of src/test/resources/tableaux. */
    public static byte[] tableau(String nom) {
        try (java.io.InputStream in = DemoVienne.class.getResourceAsStream("/tableaux/" + nom)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long convention(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select id from convention where numero_interne = ?", Long.class, NUMERO);
    }

    /**
     * Puts back in version 0 fiche 13's 2025 lines (État 15 000 €, Département 15 000 € valorisation), as the demo had
     * them before FX-10 moved the 2025 amounts to the avenant: for tests about another exercice than the one they
     * change.
     */
    public static void lignes2025DeLaFiche13EnVersion0(JdbcTemplate jdbc) {
        jdbc.update("insert into ligne_financement (convention_id, fiche_id, axe_id, exercice, financeur, nature, montant)"
                + " select f.convention_id, f.id, a.axe_id, 2025, x.financeur, x.nature, 15000.00 from fiche_action f"
                + " join allocation_axe a on a.fiche_id = f.id, (values ('ETAT', 'CREDITS_NOUVEAUX'),"
                + " ('DEPARTEMENT', 'VALORISATION')) as x(financeur, nature)"
                + " where f.id = ? and not exists (select 1 from ligne_financement l where l.fiche_id = f.id"
                + " and l.exercice = 2025)", fiche(jdbc, "13"));
    }

    public static long fiche(JdbcTemplate jdbc, String numero) {
        return jdbc.queryForObject("select f.id from fiche_action f join convention c on c.id = f.convention_id "
                + "where c.numero_interne = ? and f.numero = ?", Long.class, NUMERO, numero);
    }
}
