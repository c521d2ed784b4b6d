package fr.pacte.convention;

import fr.pacte.convention.ConventionLue.AllocationLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.DepartementLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionLue.RegionLue;
import fr.pacte.securite.Perimetre;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.shared.web.CacheDeRequete;
import fr.pacte.shared.web.RessourceIntrouvableException;
import fr.pacte.territoire.Departement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public entry point of the convention feature. Every read goes through the user's périmètre: an id outside it is
 * answered exactly like an unknown id (R-SEC-2). A read names the version it shows ({@link SelecteurVersion}) and
 * gets one immutable snapshot, read once per request. Writes of a fiche's description and axes go through
 * {@link #decrireFiche}, called by the use case that owns the fiche form.
 */
@Service
@Transactional(readOnly = true)
public class ConventionService {

    private final ConventionRepository conventions;
    private final ConventionVersionRepository versions;
    private final ChampRepository champs;
    private final FicheActionRepository fiches;
    private final AxeRepository axes;
    private final PerimetreCourant perimetre;
    private final CacheConventions cache;
    private final RevisionsDesConventions revisions;
    private final TransactionTemplate lecture;

    ConventionService(ConventionRepository conventions, ConventionVersionRepository versions, ChampRepository champs,
            FicheActionRepository fiches, AxeRepository axes, PerimetreCourant perimetre, CacheConventions cache,
            RevisionsDesConventions revisions, PlatformTransactionManager transactions) {
        this.cache = cache;
        this.revisions = revisions;
        this.lecture = new TransactionTemplate(transactions);
        this.lecture.setReadOnly(true);
        this.conventions = conventions;
        this.versions = versions;
        this.champs = champs;
        this.fiches = fiches;
        this.axes = axes;
        this.perimetre = perimetre;
    }

    /** A convention in the list of the home page. */
    public record ConventionResumee(Long id, String numeroInterne, TypeConvention type, String intitule, String statut,
            DepartementLu departement, LocalDate dateDebut, LocalDate dateFin) {
    }

    public List<ConventionResumee> conventionsVisibles() {
        Perimetre p = perimetre.get();
        List<Convention> visibles = conventions.findVisibles(p.tout(), p.departementId(), p.regionId());
        Map<Long, Object[]> periodes = new HashMap<>();
        if (!visibles.isEmpty()) {
            conventions.periodes(visibles.stream().map(Convention::getId).toList())
                    .forEach(r -> periodes.put((Long) r[0], r));
        }
        return visibles.stream().map(c -> {
            Object[] periode = periodes.get(c.getId());
            return new ConventionResumee(c.getId(), c.getNumeroInterne(), c.getType(), c.getIntitule(), c.getStatut(),
                    departement(c.getDepartement()), periode == null ? null : (LocalDate) periode[1],
                    periode == null ? null : (LocalDate) periode[2]);
        }).toList();
    }

    /** The version the user sees by default: the one in force today, or the draft of a convention never signed. */
    public ConventionLue lire(Long id) {
        return lire(id, SelecteurVersion.COURANTE);
    }

    /**
     * The convention in the version asked for, if the current user may see it (else 404), loaded once per request:
     * identity, parties, délibérations, champs and axes, and the fiches of that version with their content.
     */
    // not the class's read-only transaction: a kept snapshot needs one statement in autocommit (charger)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public ConventionLue lire(Long id, SelecteurVersion selecteur) {
        Perimetre p = perimetre.get();
        String cle = "convention:" + id + ":" + selecteur.parametre() + ":" + p;
        return CacheDeRequete.memoriser(cle, () -> charger(id, selecteur, p));
    }

    /**
     * Every convention the user may see, each in the version it shows by default, from one scoped query: a snapshot
     * kept under the revision read with the list is not read again (the consolidation of a région or of the
     * country, M16, reads them all).
     */
    public List<ConventionLue> lireVisibles() {
        Perimetre p = perimetre.get();
        List<ConventionLue> lues = new ArrayList<>();
        for (Convention c : conventions.findVisibles(p.tout(), p.departementId(), p.regionId())) {
            String cle = "convention:" + c.getId() + ":" + SelecteurVersion.COURANTE.parametre() + ":" + p;
            lues.add(CacheDeRequete.memoriser(cle, () -> depuis(c, c.getId(), SelecteurVersion.COURANTE)));
        }
        return lues;
    }

    private ConventionLue charger(Long id, SelecteurVersion selecteur, Perimetre p) {
        if (cache.utilisable()) {
            // the scope is checked here for every request; a snapshot kept under the revision is found without
            // loading the row
            // once per request whatever the version asked (a fiche page reads the current and the draft version)
            long revision = CacheDeRequete.<Optional<Long>>memoriser("revision:" + id + ":" + p,
                    () -> revisions.siVisible(id, p)).orElseThrow(RessourceIntrouvableException::new);
            ConventionLue deja = cache.instantane(id + ":" + revision + ":" + selecteur.parametre());
            if (deja != null) {
                return deja;
            }
        }
        // a kept snapshot needs only the statement above; else it is loaded in one read-only transaction, or in the
        // caller's if one runs (a writing one then: the snapshot is not kept, CacheConventions.utilisable)
        return lecture.execute(statut -> depuis(visible(id, p), id, selecteur));
    }

    /** The snapshot of a convention row read in the user's périmètre: the one kept under its revision, else built. */
    private ConventionLue depuis(Convention c, Long id, SelecteurVersion selecteur) {
        if (!cache.utilisable()) {
            return construire(c, id, selecteur, ConventionLue.NON_PARTAGEABLE);
        }
        // the snapshot itself is the same for every reader
        String cle = id + ":" + c.getRevision() + ":" + selecteur.parametre();
        ConventionLue deja = cache.instantane(cle);
        if (deja != null) {
            return deja;
        }
        ConventionLue lue = construire(c, id, selecteur, c.getRevision());
        if (revisions.actuelle(id) != c.getRevision()) {
            // a commit came between the reads: this snapshot may mix two states, it serves this request only
            return lue.nonPartageable();
        }
        cache.garderInstantane(cle, lue);
        return lue;
    }

    private Convention visible(Long id, Perimetre p) {
        return conventions.findVisible(id, p.tout(), p.departementId(), p.regionId())
                .orElseThrow(RessourceIntrouvableException::new);
    }

    private ConventionLue construire(Convention c, Long id, SelecteurVersion selecteur, long revision) {
        List<VersionLue> toutes = versionsLues(versions.findByConventionIdOrderByNumero(id));
        VersionLue version = Versions.choisir(toutes, selecteur);
        List<ChampLu> champsLus = champs.avecAxes(id).stream()
                .sorted(Comparator.comparingInt(Champ::getOrdre))
                .map(ConventionService::champ)
                .toList();
        Map<Long, ChampLu> parId = new HashMap<>();
        Map<Long, AxeLu> axesParId = new HashMap<>();
        champsLus.forEach(ch -> {
            parId.put(ch.id(), ch);
            ch.axes().forEach(a -> axesParId.put(a.id(), a));
        });
        Map<Long, List<AllocationAxe>> allocations = new HashMap<>();
        fiches.allocations(id, version.numero())
                .forEach(a -> allocations.computeIfAbsent(a.getFiche().getId(), k -> new ArrayList<>()).add(a));
        List<FicheLue> fichesLues = fiches.contenus(id, version.numero()).stream()
                .map(contenu -> fiche(contenu.getFiche(), contenu.description(), parId,
                        allocations.getOrDefault(contenu.getFiche().getId(), List.of()), axesParId))
                .sorted(Comparator.comparing((FicheLue f) -> f.champ().ordre())
                        .thenComparingInt(FicheLue::ordre)
                        .thenComparing(FicheLue::numero, Numeros.ORDRE_NATUREL)
                        .thenComparing(FicheLue::cle, Numeros.ORDRE_NATUREL))
                .toList();
        Hibernate.initialize(c.getParties());
        Hibernate.initialize(c.getDeliberations());
        return new ConventionLue(c.getId(), c.getNumeroInterne(), c.getNumeroEtat(), c.getType(), c.getIntitule(),
                c.getAliases(), c.getStatut(), c.getDateSignature(), departement(c.getDepartement()), c.getParties(),
                c.getDeliberations(), version, toutes, champsLus, fichesLues, revision);
    }

    /**
     * The snapshot a change would go into: the draft when there is one, else what the user sees by default (a change
     * to a signed convention then opens the draft, see {@link #versionDEcriture}).
     */
    public ConventionLue lireVersionDEcriture(Long id) {
        ConventionLue courante = lire(id);
        return courante.brouillon().filter(b -> b.numero() != courante.version().numero())
                .map(b -> lire(id, SelecteurVersion.version(b.numero())))
                .orElse(courante);
    }

    /** The versions of a visible convention (404 otherwise), for {@code GET …/versions}. */
    public List<VersionLue> versions(Long id) {
        return lire(id).versions();
    }

    private static List<VersionLue> versionsLues(List<ConventionVersion> lignes) {
        List<ConventionVersion> enVigueur = lignes.stream()
                .filter(v -> v.getStatut() == StatutVersion.EN_VIGUEUR || v.getStatut() == StatutVersion.REMPLACEE)
                .toList();
        List<VersionLue> lues = new ArrayList<>();
        for (ConventionVersion v : lignes) {
            LocalDate jusquau = null;
            int i = enVigueur.indexOf(v);
            if (i >= 0 && i + 1 < enVigueur.size() && enVigueur.get(i + 1).getDateEntreeVigueur() != null) {
                jusquau = enVigueur.get(i + 1).getDateEntreeVigueur().minusDays(1);
            }
            lues.add(new VersionLue(v.getNumero(), v.getAvenantNumero(), v.getStatut(), v.getDateEntreeVigueur(),
                    jusquau));
        }
        return lues;
    }

    private static DepartementLu departement(Departement d) {
        return new DepartementLu(d.getId(), d.getCode(), d.getNom(),
                new RegionLue(d.getRegion().getId(), d.getRegion().getCode(), d.getRegion().getNom()));
    }

    private static ChampLu champ(Champ c) {
        List<AxeLu> axesLus = enArbre(c.getAxes()).stream()
                .map(a -> new AxeLu(a.getId(), c.getId(), c.getCode(), a.getType(), a.getNumero(), a.getNumeroPilier(),
                        a.getLibelle(), a.getLibelleCourt(), a.getActiviteChorus(), a.isPariteApplicable(),
                        a.getOrdre(), a.getParentId()))
                .toList();
        List<ConventionLue.RegleVersementLue> regles = c.getReglesVersement().stream()
                .map(r -> new ConventionLue.RegleVersementLue(r.getExercice(), r.getOrdre(), r.getType(),
                        r.getPourcentage(), r.getCondition()))
                .toList();
        return new ChampLu(c.getId(), c.getCode(), c.getLibelle(), c.getDateDebut(), c.getDateFin(), c.getProgramme(),
                c.getRegleVersement(), c.getParitePortee(), c.getPariteBase(), c.getPariteSeuil(), c.getOrdre(),
                axesLus, java.time.MonthDay.parse("--" + c.getDebutExercice()), c.getSeuilSousConsommation(), regles);
    }

    /**
     * The axes of a champ in reading order: each root in its order, followed by its children (a CALPAE section, then
     * its thèmes), depth first. A flat champ (the Vienne) keeps the order of its axes.
     */
    static List<Axe> enArbre(List<Axe> axes) {
        List<Axe> tries = axes.stream().sorted(Comparator.comparingInt(Axe::getOrdre).thenComparing(Axe::getId,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        tries.forEach(a -> ids.add(a.getId()));
        List<Axe> resultat = new ArrayList<>();
        java.util.Set<Long> vus = new java.util.HashSet<>();
        for (Axe racine : tries) {
            if (racine.getParentId() == null || !ids.contains(racine.getParentId())) {
                descendre(racine, tries, resultat, vus);
            }
        }
        tries.stream().filter(a -> !vus.contains(a.getId())).forEach(resultat::add); // a cycle is never hidden
        return resultat;
    }

    private static void descendre(Axe axe, List<Axe> tous, List<Axe> resultat, java.util.Set<Long> vus) {
        if (!vus.add(axe.getId())) {
            return;
        }
        resultat.add(axe);
        tous.stream().filter(a -> Objects.equals(a.getParentId(), axe.getId()))
                .forEach(enfant -> descendre(enfant, tous, resultat, vus));
    }

    private static FicheLue fiche(FicheAction f, FicheAction.Description d, Map<Long, ChampLu> champs,
            List<AllocationAxe> allocations, Map<Long, AxeLu> axesParId) {
        List<AllocationLue> lues = allocations.stream()
                .sorted(Comparator.comparingInt(AllocationAxe::getOrdre))
                .map(a -> new AllocationLue(a.getAxe().getId(), a.getPartPourcent(), a.getOrdre()))
                .toList();
        List<AxeLu> axesDeLaFiche = lues.stream().map(a -> axesParId.get(a.axeId())).filter(Objects::nonNull).toList();
        String libelle = d.libelleAnnexe() == null || d.libelleAnnexe().isBlank() ? d.intitule() : d.libelleAnnexe();
        return new FicheLue(f.getId(), champs.get(f.getChamp().getId()), f.getNumero(), f.getVersion(),
                f.getModifiePar(), f.getModifieLe(), d.intitule(), libelle, d.codeAlternatif(), d.description(),
                d.publicCible(), d.territoire(), d.pilote(), d.partenaires(), d.operateur(), d.dateMiseEnPlaceTexte(),
                d.dureeTexte(), d.statut(), lues, axesDeLaFiche, d, f.getCle(), f.getOrdre());
    }

    // ---- Writes: called inside the transaction of a use case that has checked the permission. ----

    /**
     * Takes the lock of the convention for the rest of the transaction: every writer of a convention's money (fiche
     * form, import, indicator entry) queues behind it, so concurrent saves are serialised, never interleaved.
     */
    @Transactional
    public void verrouiller(Long id) {
        conventions.verrouiller(id).orElseThrow(RessourceIntrouvableException::new);
        CacheDeRequete.vider();
    }

    /**
     * The version a change goes into (R-SEC-8): the draft of the convention, opened on the first change to a signed
     * convention; a convention never signed is drafted in its version 0. Call it after {@link #verrouiller}.
     */
    @Transactional
    public VersionLue versionDEcriture(Long id) {
        Optional<ConventionVersion> brouillon = versions.findByConventionIdAndStatut(id, StatutVersion.BROUILLON);
        ConventionVersion v = brouillon.orElseGet(() -> {
            int suivante = versions.findByConventionIdOrderByNumero(id).stream()
                    .mapToInt(ConventionVersion::getNumero).max().orElse(-1) + 1;
            return versions.saveAndFlush(ConventionVersion.brouillon(id, suivante));
        });
        CacheDeRequete.vider();
        return new VersionLue(v.getNumero(), v.getAvenantNumero(), v.getStatut(), v.getDateEntreeVigueur(), null);
    }

    /** A fiche of the convention to change; 404 when it is not one of its fiches. */
    @Transactional
    public FicheAction ficheAEcrire(Long conventionId, Long ficheId) {
        return fiches.findByIdAndConventionId(ficheId, conventionId).orElseThrow(RessourceIntrouvableException::new);
    }

    /**
     * Changes a fiche's description and axes in version {@code version} (the draft); the axes must be of the fiche's
     * champ. Answers what changed, for the journal. The caller has validated the fields and holds the lock.
     */
    @Transactional
    public List<Changement> decrireFiche(FicheAction fiche, FicheAction.Description description, List<Long> axeIds,
            int version) {
        List<Axe> choisis = axes.findByChampIdOrderByOrdre(fiche.getChamp().getId()).stream()
                .filter(a -> axeIds.contains(a.getId()))
                .toList();
        if (choisis.isEmpty() || choisis.size() != axeIds.stream().distinct().count()) {
            throw new IllegalArgumentException("Une fiche-action relève d'au moins un axe de son champ");
        }
        List<Changement> changements = new ArrayList<>(fiche.decrire(description, version));
        changements.addAll(fiche.allouer(choisis, version));
        return changements;
    }

    /** Records who changed the fiche or its money and bumps its one version (R-WF-9). */
    @Transactional
    public void marquerModifiee(FicheAction fiche, String par, LocalDateTime le) {
        fiche.marquerModifiee(par, le);
        CacheDeRequete.vider();
    }
}
