package fr.pacte.securite;

import java.time.Duration;
import java.util.Optional;

/**
 * R-SEC-11: how hard sign-in is throttled (issue 13 item 4). Failures are counted per (account, client address) and
 * per client address. A few mistakes are free; then each new failure locks for a delay that doubles, up to a cap.
 * Nothing counts per account alone: a stranger who guesses from his own address locks only himself out, and the
 * owner still signs in from her own. A count is forgotten some time after its last failure.
 */
enum Freinage {

    /** One account from one address: the owner who mistypes, or a stranger guessing one account. */
    COMPTE(5, Duration.ofMinutes(15), Duration.ofHours(24)),
    /**
     * One address, whatever the accounts: a stranger trying many accounts. Higher, because a whole office may sign in
     * through one address (a Département's proxy); forgotten after an hour.
     */
    ADRESSE(30, Duration.ofHours(1), Duration.ofHours(1));

    static final Duration PREMIER_BLOCAGE = Duration.ofMinutes(1);

    private final int essaisLibres;
    private final Duration blocageMax;
    private final Duration oubli;

    Freinage(int essaisLibres, Duration blocageMax, Duration oubli) {
        this.essaisLibres = essaisLibres;
        this.blocageMax = blocageMax;
        this.oubli = oubli;
    }

    /** After this many failures in a row: none below the free tries, then 1, 2, 4, 8… minutes up to the cap. */
    Optional<Duration> blocage(int echecs) {
        if (echecs < essaisLibres) {
            return Optional.empty();
        }
        int doublements = Math.min(echecs - essaisLibres, 20);
        Duration delai = PREMIER_BLOCAGE.multipliedBy(1L << doublements);
        return Optional.of(delai.compareTo(blocageMax) > 0 ? blocageMax : delai);
    }

    int essaisLibres() {
        return essaisLibres;
    }

    Duration oubli() {
        return oubli;
    }
}
