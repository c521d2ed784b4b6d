package fr.pacte.securite;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEC-11: the failed sign-ins, kept in PostgreSQL so that every instance of the app throttles alike (issue 12
 * item 7). One row per (login, address) and one per address (login ''), counted as {@link Freinage} says.
 */
@Component
class TentativesDeConnexion {

    static final String TOUS_LES_COMPTES = "";

    private final JdbcTemplate jdbc;
    private final Clock horloge;

    @Autowired
    TentativesDeConnexion(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    TentativesDeConnexion(JdbcTemplate jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** Where a sign-in stands before its password is checked. */
    record Etat(Instant bloqueJusqua, Freinage cause, boolean echecsEnregistres) {
        boolean bloque() {
            return bloqueJusqua != null;
        }
    }

    /** After a failure: the count for this account from this address, and the lock it triggered, if any. */
    record Echec(int echecs, Instant bloqueJusqua, Freinage cause) {
    }

    @Transactional(readOnly = true)
    public Etat etat(String login, String adresse) {
        String cle = cle(login);
        String ip = adresse(adresse);
        Instant maintenant = horloge.instant();
        Instant jusqua = null;
        Freinage cause = null;
        boolean echecs = false;
        for (Map<String, Object> ligne : jdbc.queryForList("select login, bloque_jusqu_a from tentative_connexion "
                + "where adresse = ? and login in (?, ?)", ip, cle, TOUS_LES_COMPTES)) {
            boolean compte = !TOUS_LES_COMPTES.equals(ligne.get("login"));
            echecs |= compte;
            Instant fin = instant(ligne.get("bloque_jusqu_a"));
            if (fin != null && fin.isAfter(maintenant) && (jusqua == null || fin.isAfter(jusqua))) {
                jusqua = fin;
                cause = compte ? Freinage.COMPTE : Freinage.ADRESSE;
            }
        }
        return new Etat(jusqua, cause, echecs);
    }

    /** Counts one wrong password for the account from the address, and for the address. */
    @Transactional
    public Echec echec(String login, String adresse) {
        String ip = adresse(adresse);
        Instant maintenant = horloge.instant();
        int duCompte = compter(cle(login), ip, Freinage.COMPTE, maintenant);
        int deLAdresse = compter(TOUS_LES_COMPTES, ip, Freinage.ADRESSE, maintenant);
        Instant parCompte = bloquer(cle(login), ip, Freinage.COMPTE, duCompte, maintenant);
        Instant parAdresse = bloquer(TOUS_LES_COMPTES, ip, Freinage.ADRESSE, deLAdresse, maintenant);
        if (parAdresse != null && (parCompte == null || parAdresse.isAfter(parCompte))) {
            return new Echec(duCompte, parAdresse, Freinage.ADRESSE);
        }
        return new Echec(duCompte, parCompte, parCompte == null ? null : Freinage.COMPTE);
    }

    /** The right password: this account's count from this address starts again (the address's count stays). */
    @Transactional
    public void succes(String login, String adresse) {
        jdbc.update("delete from tentative_connexion where login = ? and adresse = ?", cle(login), adresse(adresse));
    }

    /**
     * An administrator unlocks an account: its counts from every address go, and so do the counts of those
     * addresses (a whole office behind one address may have been locked with it).
     */
    @Transactional
    public int debloquer(String login) {
        String cle = cle(login);
        jdbc.update("delete from tentative_connexion where login = ? and adresse in "
                + "(select adresse from tentative_connexion where login = ?)", TOUS_LES_COMPTES, cle);
        return jdbc.update("delete from tentative_connexion where login = ?", cle);
    }

    /** The accounts locked now (from at least one address), with the end of their latest lock. */
    @Transactional(readOnly = true)
    public Map<String, Instant> comptesBloques() {
        Map<String, Instant> bloques = new LinkedHashMap<>();
        jdbc.query("select login, max(bloque_jusqu_a) as fin from tentative_connexion where login <> ? "
                        + "and bloque_jusqu_a > ? group by login order by login",
                rs -> {
                    bloques.put(rs.getString("login"), rs.getTimestamp("fin").toInstant());
                }, TOUS_LES_COMPTES, Timestamp.from(horloge.instant()));
        return bloques;
    }

    private int compter(String login, String adresse, Freinage freinage, Instant maintenant) {
        Timestamp oubli = Timestamp.from(maintenant.minus(freinage.oubli()));
        List<Integer> echecs = jdbc.queryForList("""
                insert into tentative_connexion as t (login, adresse, echecs, dernier_echec) values (?, ?, 1, ?)
                on conflict (login, adresse) do update set
                    echecs = case when t.dernier_echec < ? then 1 else t.echecs + 1 end,
                    bloque_jusqu_a = case when t.dernier_echec < ? then null else t.bloque_jusqu_a end,
                    dernier_echec = excluded.dernier_echec
                returning echecs""", Integer.class, login, adresse, Timestamp.from(maintenant), oubli, oubli);
        return echecs.get(0);
    }

    private Instant bloquer(String login, String adresse, Freinage freinage, int echecs, Instant maintenant) {
        Optional<Instant> fin = freinage.blocage(echecs).map(maintenant::plus);
        fin.ifPresent(f -> jdbc.update("update tentative_connexion set bloque_jusqu_a = ? where login = ? and adresse = ?",
                Timestamp.from(f), login, adresse));
        return fin.orElse(null);
    }

    static String cle(String login) {
        // A blank login must not fall on the address row (login '').
        String cle = login == null || login.isBlank() ? "?" : login.strip().toLowerCase(Locale.ROOT);
        return cle.length() > 100 ? cle.substring(0, 100) : cle;
    }

    private static String adresse(String adresse) {
        String ip = adresse == null || adresse.isBlank() ? "inconnue" : adresse.strip();
        return ip.length() > 64 ? ip.substring(0, 64) : ip;
    }

    private static Instant instant(Object valeur) {
        return valeur instanceof Timestamp t ? t.toInstant()
                : valeur instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
    }
}
