package fr.pacte.revue;

import fr.pacte.convention.CacheConventions;
import fr.pacte.convention.Changement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.DifferencesFiches;
import fr.pacte.financement.ComparaisonVersions;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.StatutVersion;
import fr.pacte.convention.VersionLue;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.Nature;
import fr.pacte.securite.Perimetre;
import fr.pacte.securite.Role;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for reading reviews: the state of a fiche in a version (a fiche validated in a signed version
 * stays validated in the next draft until it is reopened; otherwise a fiche with no review is a BROUILLON), its
 * history and its lines before / after (before: the version in force, or the last validation of a convention never
 * signed), and the fiches waiting for the signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class RevueService implements ElementsATraiter {

    private final RevueFicheRepository revues;
    private final ConventionService conventions;
    private final FinancementService financement;
    private final ComparaisonVersions comparaison;
    private final CacheConventions cache;

    RevueService(RevueFicheRepository revues, ConventionService conventions, FinancementService financement,
            ComparaisonVersions comparaison, CacheConventions cache) {
        this.cache = cache;
        this.revues = revues;
        this.conventions = conventions;
        this.financement = financement;
        this.comparaison = comparaison;
    }

    public record PassageLu(StatutRevue de, StatutRevue vers, String par, String role, LocalDateTime le,
            String commentaire) {
    }

    public record CommentaireLu(String type, String par, String role, LocalDateTime le, String texte,
            BigDecimal avant, BigDecimal apres) {
    }

    /** One line under review: {@code avant} null when the line did not exist before, {@code apres} null when removed. */
    public record LigneLue(Long id, LigneFinancement.Cle cle, String axe, String libelleAxe, int exercice,
            Financeur financeur, String organisme, Nature nature, BigDecimal avant, BigDecimal apres,
            StatutLigne statut, boolean repondue, List<CommentaireLu> commentaires) {

        public boolean change() {
            return avant == null ? apres != null && apres.signum() != 0
                    : apres == null || avant.compareTo(apres) != 0;
        }

        public boolean contestee() {
            return statut == StatutLigne.CONTESTEE;
        }
    }

    public record RevueLue(Long conventionId, Long ficheId, String numero, String intitule, int version,
            StatutRevue statut, LocalDateTime depuis, List<PassageLu> historique, List<LigneLue> lignes) {

        public long contestees() {
            return lignes.stream().filter(LigneLue::contestee).count();
        }

        /** The comment of the last return for correction, shown to the Département on the fiche. */
        public Optional<PassageLu> dernierRenvoi() {
            return historique.stream().filter(p -> p.vers() == StatutRevue.A_CORRIGER).reduce((a, b) -> b);
        }
    }

    /** What the fiche's page says of its review: its state and the préfecture's last return comment. */
    public record Resume(StatutRevue statut, Optional<PassageLu> dernierRenvoi) {
    }

    public Resume resume(ConventionLue convention, Long ficheId) {
        return cache.memoriser(convention, "revue:resume:" + ficheId, () -> calculerResume(convention, ficheId));
    }

    private Resume calculerResume(ConventionLue convention, Long ficheId) {
        Optional<RevueFiche> r = revues.findByFicheIdAndVersion(ficheId, convention.version().numero())
                .filter(x -> convention.version().brouillon());
        StatutRevue statut = r.map(RevueFiche::getStatut).orElseGet(() -> statut(convention, ficheId));
        Optional<PassageLu> renvoi = statut != StatutRevue.A_CORRIGER ? Optional.empty()
                : r.flatMap(x -> x.getHistorique().stream().filter(p -> p.getVers() == StatutRevue.A_CORRIGER)
                        .reduce((a, b) -> b)).map(p -> new PassageLu(p.getDe(), p.getVers(), p.getPar(), p.getRole(),
                        p.getLe(), p.getCommentaire()));
        return new Resume(statut, renvoi);
    }

    /** The state of a fiche in the version of the snapshot, as the next change would find it. */
    public StatutRevue statut(ConventionLue convention, Long ficheId) {
        return cache.memoriser(convention, "revue:statut:" + ficheId,
                () -> statut(convention, ficheId, revues.findByConventionIdOrderByVersionDesc(convention.id())));
    }

    StatutRevue statut(ConventionLue convention, Long ficheId, List<RevueFiche> toutes) {
        VersionLue v = convention.version();
        if (v.brouillon()) {
            Optional<RevueFiche> propre = toutes.stream()
                    .filter(r -> r.getFicheId().equals(ficheId) && r.getVersion() == v.numero()).findFirst();
            if (propre.isPresent()) {
                return propre.get().getStatut();
            }
        }
        Set<Integer> signees = convention.versions().stream()
                .filter(x -> x.statut() == StatutVersion.EN_VIGUEUR || x.statut() == StatutVersion.REMPLACEE)
                .map(VersionLue::numero).collect(Collectors.toSet());
        int limite = v.brouillon() ? v.numero() - 1 : v.numero();
        return toutes.stream()
                .filter(r -> r.getFicheId().equals(ficheId) && signees.contains(r.getVersion())
                        && r.getVersion() <= limite)
                .max(Comparator.comparingInt(RevueFiche::getVersion))
                .map(r -> r.getStatut() == StatutRevue.VALIDEE ? StatutRevue.VALIDEE : StatutRevue.BROUILLON)
                .orElse(StatutRevue.BROUILLON);
    }

    /** The state of every fiche of the snapshot (the convention page, the lock of an import). */
    public Map<Long, StatutRevue> statuts(ConventionLue convention) {
        List<RevueFiche> toutes = revues.findByConventionIdOrderByVersionDesc(convention.id());
        Map<Long, StatutRevue> statuts = new LinkedHashMap<>();
        convention.fiches().forEach(f -> statuts.put(f.id(), statut(convention, f.id(), toutes)));
        return statuts;
    }

    /** The review of a fiche in the snapshot's version: its state, history and lines before / after. */
    public RevueLue revue(ConventionLue convention, FicheLue fiche) {
        Optional<RevueFiche> enregistree = revues.findByFicheIdAndVersion(fiche.id(), convention.version().numero());
        StatutRevue statut = enregistree.map(RevueFiche::getStatut).orElseGet(() -> statut(convention, fiche.id()));
        List<PassageLu> historique = enregistree.map(r -> r.getHistorique().stream()
                .map(p -> new PassageLu(p.getDe(), p.getVers(), p.getPar(), p.getRole(), p.getLe(), p.getCommentaire()))
                .toList()).orElse(List.of());
        return new RevueLue(convention.id(), fiche.id(), fiche.numero(), fiche.intitule(),
                convention.version().numero(), statut, enregistree.map(RevueFiche::getDepuis).orElse(null),
                historique, lignes(convention, fiche, enregistree.orElse(null)));
    }

    /**
     * What changed in a fiche since the version in force, for the reviewer: its fields old → new, and the totals of
     * every axe and champ of the exercices its lines change, before and after (empty for a convention never signed).
     */
    public record Changements(List<Changement> champs, List<ComparaisonVersions.TotauxAxe> axes,
            List<ComparaisonVersions.TotauxChamp> totauxChamps) {

        public static final Changements AUCUN = new Changements(List.of(), List.of(), List.of());
    }

    public Changements changements(ConventionLue convention, FicheLue fiche) {
        Optional<ConventionLue> base = base(convention);
        if (base.isEmpty()) {
            return Changements.AUCUN;
        }
        List<Changement> champs = DifferencesFiches.modifications(fiche.id(), base.get().fiche(fiche.id())
                .orElse(null), fiche);
        ComparaisonVersions.Difference d = comparaison.comparer(base.get(), convention,
                id -> fiche.id().equals(id), Map.of());
        return new Changements(champs, d.axes(), d.champs());
    }

    /** The signed version a draft (or a signed version) was made from; empty for a convention never signed. */
    public Optional<ConventionLue> base(ConventionLue convention) {
        int v = convention.version().numero();
        return convention.versions().stream()
                .filter(x -> x.numero() < v)
                .filter(x -> x.statut() == StatutVersion.EN_VIGUEUR || x.statut() == StatutVersion.REMPLACEE)
                .max(Comparator.comparingInt(VersionLue::numero))
                .map(x -> conventions.lire(convention.id(), SelecteurVersion.version(x.numero())));
    }

    private List<LigneLue> lignes(ConventionLue convention, FicheLue fiche, RevueFiche revue) {
        Optional<ConventionLue> base = base(convention);
        Map<LigneFinancement.Cle, LigneFinancement> avant = new LinkedHashMap<>();
        base.filter(b -> b.fiche(fiche.id()).isPresent())
                .ifPresent(b -> financement.lignesPrevues(b, fiche.id()).forEach(l -> avant.put(l.cle(), l)));
        Map<LigneFinancement.Cle, LigneFinancement> apres = new LinkedHashMap<>();
        financement.lignesPrevues(convention, fiche.id()).forEach(l -> apres.put(l.cle(), l));
        List<LigneFinancement.Cle> cles = new ArrayList<>(apres.keySet());
        avant.keySet().stream().filter(k -> !apres.containsKey(k)).forEach(cles::add);
        // A reviewed line the Département has since removed stays listed, with its comments (before and after kept).
        if (revue != null) {
            revue.getLignes().stream().map(RevueLigne::cle).filter(k -> !cles.contains(k)).forEach(cles::add);
        }
        Map<Long, AxeLu> axes = new HashMap<>();
        convention.axes().forEach(a -> axes.put(a.id(), a));
        List<LigneLue> lues = new ArrayList<>();
        for (LigneFinancement.Cle cle : cles) {
            LigneFinancement a = avant.get(cle);
            LigneFinancement b = apres.get(cle);
            Optional<RevueLigne> revueLigne = revue == null ? Optional.empty() : revue.trouver(cle);
            BigDecimal montantAvant = base.isPresent() ? (a == null ? null : a.getMontant())
                    : revueLigne.map(RevueLigne::getMontantValide).orElse(null);
            AxeLu axe = axes.get(cle.axeId());
            lues.add(new LigneLue(b != null ? b.getId() : a != null ? a.getId() : null, cle, axe == null ? "?" : axe.numero(),
                    axe == null ? "?" : axe.designation(), cle.exercice(), cle.financeur(), cle.organisme(),
                    cle.nature(), montantAvant, b == null ? null : b.getMontant(),
                    revueLigne.map(RevueLigne::getStatut).orElse(StatutLigne.NON_REVUE),
                    revueLigne.map(RevueLigne::repondue).orElse(false),
                    revueLigne.map(r -> r.getCommentaires().stream().map(c -> new CommentaireLu(c.getType().name(),
                            c.getPar(), c.getRole(), c.getLe(), c.getTexte(), c.getAvant(), c.getApres()))
                            .toList()).orElse(List.of())));
        }
        Map<Long, Integer> ordreAxes = new HashMap<>();
        convention.axes().forEach(x -> ordreAxes.put(x.id(), x.ordre()));
        lues.sort(Comparator.comparingInt((LigneLue l) -> l.exercice())
                .thenComparing(l -> ordreAxes.getOrDefault(l.cle().axeId(), 0))
                .thenComparing(LigneLue::financeur).thenComparing(LigneLue::nature));
        return lues;
    }

    /** Préfecture: fiches submitted or under review; Département: fiches returned for correction. */
    @Override
    public List<ElementATraiter> enAttente(Perimetre perimetre) {
        Set<StatutRevue> statuts = ATraiter.fichesPour(perimetre.role());
        if (statuts.isEmpty()) {
            return List.of();
        }
        List<RevueFiche> enAttente = revues.enAttente(statuts.stream().map(Enum::name).toList(), perimetre.tout(),
                perimetre.departementId(), perimetre.regionId());
        List<ElementATraiter> elements = new ArrayList<>();
        for (RevueFiche r : enAttente) {
            ConventionLue c = conventions.lireVersionDEcriture(r.getConventionId());
            c.fiche(r.getFicheId()).ifPresent(f -> elements.add(new ElementATraiter("FICHE", c.id(), c.numeroInterne(),
                    f.id(), f.numero(), c.version().avenant(), f.intitule(), r.getStatut().name(), r.getStatut().cle(),
                    r.getDepuis(), "/conventions/" + c.id() + "/fiches-actions/" + f.id() + "/revue")));
        }
        return elements;
    }

    static boolean prefecture(Role role) {
        return role == Role.AGENT_PREFECTURE_DEPARTEMENT || role == Role.AGENT_PREFECTURE_REGION;
    }
}
