package fr.pacte.audit;

import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.EvenementConvention;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Evenements;
import fr.pacte.securite.Evenements.EvenementSecurite;
import fr.pacte.securite.Permission;
import fr.pacte.securite.PerimetreCourant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit journal (R-SEC-10). It records every {@link EvenementConvention} in the transaction of the write that
 * published it (a write rolled back leaves no entry), one entry per changed field, so that no write path can forget
 * it; appends are serialised by a transaction-level advisory lock, so the chain of hashes never forks. There is no
 * update or delete path, and the table's trigger refuses both. Read by the finance roles and ADMIN of the scope and
 * by the préfecture for its conventions (403 otherwise, 404 outside the périmètre). The administration of accounts,
 * organisations and API tokens ({@link EvenementSecurite}, R-SEC-6) goes into the same chain without a convention,
 * read by ADMIN only ({@link #entreesAdministration}).
 */
@Service
public class JournalAudit {

    /** The key of the advisory lock that serialises appends ("PACTE-J"). */
    private static final long VERROU = 0x5041435445L;

    private static final String COLONNES = "id, horodatage, convention_id, version, fiche_id, utilisateur, role, "
            + "action, objet, objet_id, champ, avant, apres, commentaire, hash_precedent, hash";

    /** The SQL types of {@link #COLONNES}, so that a null is bound without asking the driver. */
    private static final int[] TYPES = {Types.BIGINT, Types.TIMESTAMP, Types.BIGINT, Types.INTEGER, Types.BIGINT,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private final JdbcTemplate jdbc;
    private final PerimetreCourant perimetre;
    private final ConventionService conventions;
    private final Autorisations autorisations;

    JournalAudit(JdbcTemplate jdbc, PerimetreCourant perimetre, ConventionService conventions,
            Autorisations autorisations) {
        this.jdbc = jdbc;
        this.perimetre = perimetre;
        this.conventions = conventions;
        this.autorisations = autorisations;
    }

    @EventListener
    @Transactional
    public void enregistrer(EvenementConvention evenement) {
        List<Changement> changements = evenement.changements().isEmpty()
                ? List.of(new Changement(null, null, null, null, null)) : evenement.changements();
        Map<Long, Long> fichesDesLignes = fichesDesLignes(evenement, changements);
        LocalDateTime horodatage = (evenement.horodatage() == null ? LocalDateTime.now() : evenement.horodatage())
                .truncatedTo(ChronoUnit.MICROS);
        List<EntreeJournal> entrees = new ArrayList<>();
        for (Changement c : changements) {
            Long fiche = evenement.ficheId();
            if (fiche == null && "FICHE".equals(c.objet())) {
                fiche = c.objetId();
            } else if (fiche == null && c.objetId() != null) {
                fiche = fichesDesLignes.get(c.objetId());
            }
            entrees.add(new EntreeJournal(0, horodatage, evenement.conventionId(), evenement.version(), fiche,
                    evenement.auteur(), null, evenement.action(), c.objet(), c.objetId(), c.champ(), c.avant(),
                    c.apres(), evenement.commentaire(), null, null));
        }
        ajouter(entrees);
    }

    /**
     * R-SEC-6, R-SEC-10: an administration act (an account created, edited, disabled, re-enabled, unlocked, a
     * provisional password set, an organisation created) or a personal token created or revoked, in the transaction
     * that did it: one entry per changed field, no convention, {@code commentaire} naming what was acted on (the
     * account's login, the organisation, the token). A password is never told, only that it changed.
     */
    @EventListener
    @Transactional
    public void enregistrer(EvenementSecurite evenement) {
        ActeAdministration acte = ActeAdministration.de(evenement);
        LocalDateTime horodatage = LocalDateTime.ofInstant(evenement.horodatage(), java.time.ZoneId.systemDefault())
                .truncatedTo(ChronoUnit.MICROS);
        List<Evenements.Changement> changements = evenement.changements().isEmpty()
                ? List.of(new Evenements.Changement(null, null, null)) : evenement.changements();
        List<EntreeJournal> entrees = new ArrayList<>();
        for (Evenements.Changement c : changements) {
            entrees.add(new EntreeJournal(0, horodatage, null, null, null, evenement.auteur(), null, acte.action(),
                    acte.objet(), acte.objetId(), c.champ(), c.avant(), c.apres(), evenement.objet(), null, null));
        }
        ajouter(entrees);
    }

    /**
     * Appends entries at the end of the chain, under the lock that keeps it from forking: their ids in one query and
     * the rows in one batch (a created convention writes hundreds of entries; one round trip each was most of it).
     */
    private void ajouter(List<EntreeJournal> entrees) {
        String role = role();
        jdbc.queryForList("select pg_advisory_xact_lock(?)", VERROU);
        String precedent = jdbc.query("select hash from journal_audit order by id desc limit 1",
                rs -> rs.next() ? rs.getString(1) : null);
        List<Long> ids = new ArrayList<>(jdbc.queryForList("select nextval('journal_audit_id_seq') "
                + "from generate_series(1, ?)", Long.class, entrees.size()));
        Collections.sort(ids);
        List<Object[]> lignes = new ArrayList<>();
        for (int i = 0; i < entrees.size(); i++) {
            EntreeJournal e = entrees.get(i);
            EntreeJournal entree = new EntreeJournal(ids.get(i), e.horodatage(), e.conventionId(), e.version(),
                    e.ficheId(), e.utilisateur(), role, e.action(), e.objet(), e.objetId(), e.champ(), e.avant(),
                    e.apres(), e.commentaire(), null, null).chainee(precedent);
            lignes.add(new Object[] {entree.id(), Timestamp.valueOf(entree.horodatage()), entree.conventionId(),
                entree.version(), entree.ficheId(), entree.utilisateur(), entree.role(), entree.action(),
                entree.objet(), entree.objetId(), entree.champ(), entree.avant(), entree.apres(),
                entree.commentaire(), entree.hashPrecedent(), entree.hash()});
            precedent = entree.hash();
        }
        jdbc.batchUpdate("insert into journal_audit (" + COLONNES + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", lignes, TYPES);
    }

    /** The fiche of each line (or indicator value) a change names, read before anything else reads the journal. */
    private Map<Long, Long> fichesDesLignes(EvenementConvention evenement, List<Changement> changements) {
        Map<Long, Long> fiches = new HashMap<>();
        if (evenement.ficheId() != null) {
            return fiches;
        }
        List<Long> lignes = changements.stream().filter(c -> "LIGNE".equals(c.objet()) && c.objetId() != null)
                .map(Changement::objetId).toList();
        List<Long> valeurs = changements.stream().filter(c -> "VALEUR_INDICATEUR".equals(c.objet())
                && c.objetId() != null).map(Changement::objetId).toList();
        lire(fiches, "ligne_financement", lignes);
        lire(fiches, "indicateur_fiche", valeurs);
        return fiches;
    }

    private void lire(Map<Long, Long> fiches, String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.query("select id, fiche_id from " + table + " where id = any(?)", rs -> {
            long fiche = rs.getLong(2);
            if (!rs.wasNull()) {
                fiches.put(rs.getLong(1), fiche);
            }
        }, (Object) ids.toArray(new Long[0]));
    }

    private String role() {
        try {
            return perimetre.get().role().name();
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /** The filters of the journal's pages and API: since a day, one person, one kind of object, one fiche. */
    public record Filtre(LocalDate depuis, String utilisateur, String objet, Long ficheId) {

        public static final Filtre AUCUN = new Filtre(null, null, null, null);
    }

    /** Whether the user may read the journal of this convention (to show the link). */
    public boolean permis(ConventionLue convention) {
        return autorisations.peut(Permission.LIRE_JOURNAL, convention.departement().id(),
                convention.departement().region().id());
    }

    /** The entries of a convention the user may read, oldest first. */
    @Transactional(readOnly = true)
    public List<EntreeJournal> entrees(Long conventionId, Filtre filtre) {
        ConventionLue convention = conventions.lire(conventionId);
        autorisations.exiger(Permission.LIRE_JOURNAL, convention.departement().id(),
                convention.departement().region().id());
        StringBuilder sql = new StringBuilder("select " + COLONNES + " from journal_audit where convention_id = ?");
        List<Object> parametres = new ArrayList<>(List.of(convention.id()));
        if (filtre.depuis() != null) {
            sql.append(" and horodatage >= ?");
            parametres.add(Timestamp.valueOf(filtre.depuis().atStartOfDay()));
        }
        if (filtre.utilisateur() != null && !filtre.utilisateur().isBlank()) {
            sql.append(" and utilisateur = ?");
            parametres.add(filtre.utilisateur().strip());
        }
        if (filtre.objet() != null && !filtre.objet().isBlank()) {
            sql.append(" and objet = ?");
            parametres.add(filtre.objet().strip());
        }
        if (filtre.ficheId() != null) {
            sql.append(" and fiche_id = ?");
            parametres.add(filtre.ficheId());
        }
        sql.append(" order by id");
        return jdbc.query(sql.toString(), LIGNE, parametres.toArray());
    }

    /**
     * R-SEC-6, R-SEC-10: the administration entries (accounts, organisations, API tokens), newest first, for the
     * administrator only (403 otherwise); {@code filtre} by day, person and kind of object.
     */
    @Transactional(readOnly = true)
    public List<EntreeJournal> entreesAdministration(Filtre filtre) {
        perimetre.exigerAdministrateur();
        StringBuilder sql = new StringBuilder("select " + COLONNES + " from journal_audit where convention_id is null"
                + " and objet = any(?)");
        List<Object> parametres = new ArrayList<>();
        parametres.add(ActeAdministration.OBJETS.toArray(new String[0]));
        if (filtre.depuis() != null) {
            sql.append(" and horodatage >= ?");
            parametres.add(Timestamp.valueOf(filtre.depuis().atStartOfDay()));
        }
        if (filtre.utilisateur() != null && !filtre.utilisateur().isBlank()) {
            sql.append(" and utilisateur = ?");
            parametres.add(filtre.utilisateur().strip());
        }
        if (filtre.objet() != null && !filtre.objet().isBlank()) {
            sql.append(" and objet = ?");
            parametres.add(filtre.objet().strip());
        }
        sql.append(" order by id desc limit 1000");
        return jdbc.query(sql.toString(), LIGNE, parametres.toArray());
    }

    /** The people who appear in a convention's journal (the filter's choices). */
    @Transactional(readOnly = true)
    public List<String> utilisateurs(Long conventionId) {
        return jdbc.queryForList("select distinct utilisateur from journal_audit where convention_id = ? "
                + "and utilisateur is not null order by utilisateur", String.class, conventionId);
    }

    /** The answer of the verification: valid with its number of entries, or the first entry that breaks the chain. */
    public record Verification(boolean valide, long entrees, Long premiereEntreeInvalide) {
    }

    /**
     * Recomputes the chain from the first entry: each entry's {@code hashPrecedent} must be the hash of the entry
     * before it and its {@code hash} the SHA-256 of its content; the first entry that fails (changed, or whose
     * predecessor was removed) is named.
     */
    @Transactional(readOnly = true)
    public Verification verifier() {
        exigerLecture();
        AtomicLong nombre = new AtomicLong();
        AtomicReference<String> precedent = new AtomicReference<>();
        AtomicReference<Long> invalide = new AtomicReference<>();
        jdbc.query("select " + COLONNES + " from journal_audit order by id", rs -> {
            if (invalide.get() != null) {
                return;
            }
            EntreeJournal e = LIGNE.mapRow(rs, 0);
            nombre.incrementAndGet();
            boolean chaine = java.util.Objects.equals(e.hashPrecedent(), precedent.get());
            boolean intacte = e.hash() != null && e.hash().equals(e.chainee(e.hashPrecedent()).hash());
            if (!chaine || !intacte) {
                invalide.set(e.id());
            }
            precedent.set(e.hash());
        });
        return invalide.get() == null ? new Verification(true, nombre.get(), null)
                : new Verification(false, nombre.get(), invalide.get());
    }

    /** Who may verify the chain: the roles that read the journal (R-SEC-10). */
    private void exigerLecture() {
        if (!autorisations.role(Permission.LIRE_JOURNAL)) {
            throw new AccessDeniedException("Lecture du journal réservée");
        }
    }

    /** An entry of the journal, by id (the verification page names the first broken one). */
    @Transactional(readOnly = true)
    public java.util.Optional<EntreeJournal> entree(long id) {
        exigerLecture();
        return jdbc.query("select " + COLONNES + " from journal_audit where id = ?", LIGNE, id).stream().findFirst();
    }

    private static final RowMapper<EntreeJournal> LIGNE = (ResultSet rs, int i) -> new EntreeJournal(rs.getLong("id"),
            rs.getTimestamp("horodatage").toLocalDateTime(), entier(rs, "convention_id"), (Integer) rs.getObject("version"),
            entier(rs, "fiche_id"), rs.getString("utilisateur"), rs.getString("role"), rs.getString("action"),
            rs.getString("objet"), entier(rs, "objet_id"), rs.getString("champ"), rs.getString("avant"),
            rs.getString("apres"), rs.getString("commentaire"), rs.getString("hash_precedent"), rs.getString("hash"));

    private static Long entier(ResultSet rs, String colonne) throws SQLException {
        long v = rs.getLong(colonne);
        return rs.wasNull() ? null : v;
    }
}
