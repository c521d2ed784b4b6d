package fr.pacte.convention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable, scoped snapshot of a convention in one version: identity, parties, délibérations, champs with their
 * axes, and the fiches of that version with their content and allocations. Read once per request by
 * {@link ConventionService#lire}; the tableau financier, the controls, the import matching and the indicators all
 * consume it instead of reloading the convention each their own way.
 */
public record ConventionLue(Long id, String numeroInterne, String numeroEtat, TypeConvention type, String intitule,
        String aliases, String statut, LocalDate dateSignature, DepartementLu departement, List<Partie> parties,
        List<Deliberation> deliberations, VersionLue version, List<VersionLue> versions, List<ChampLu> champs,
        List<FicheLue> fiches, long revision) {

    /** The revision of a snapshot read inside a writing transaction: it may hold uncommitted rows, so nothing
     * computed from it is kept beyond the request. */
    public static final long NON_PARTAGEABLE = -1;

    public ConventionLue {
        parties = List.copyOf(parties);
        deliberations = List.copyOf(deliberations);
        versions = List.copyOf(versions);
        champs = List.copyOf(champs);
        fiches = List.copyOf(fiches);
    }

    /** What this snapshot's content is: the same key means the same data (see {@link CacheConventions}). */
    public String cleDeContenu() {
        return id + ":" + revision + ":" + version.numero();
    }

    public boolean partageable() {
        return revision != NON_PARTAGEABLE;
    }

    ConventionLue nonPartageable() {
        return new ConventionLue(id, numeroInterne, numeroEtat, type, intitule, aliases, statut, dateSignature,
                departement, parties, deliberations, version, versions, champs, fiches, NON_PARTAGEABLE);
    }

    public record RegionLue(Long id, String code, String nom) {
    }

    public record DepartementLu(Long id, String code, String nom, RegionLue region) {
    }

    /**
     * A champ with its axes in the annexe 2 order and its payment rule. R-DATE-2: an exercice runs one year from
     * {@code debutExercice} (MM-DD): exercice 2020 of a champ starting its exercices on 07-01 is 01/07/2020–30/06/2021,
     * shown "2020-2021". R-DATE-1: its exercices are those that overlap its period.
     */
    public record ChampLu(Long id, String code, String libelle, LocalDate dateDebut, LocalDate dateFin,
            String programme, String regleVersement, String paritePortee, String pariteBase, BigDecimal pariteSeuil,
            int ordre, List<AxeLu> axes, MonthDay debutExercice, BigDecimal seuilSousConsommation,
            List<RegleVersementLue> reglesVersement) {

        public ChampLu {
            axes = List.copyOf(axes);
            reglesVersement = List.copyOf(reglesVersement);
            debutExercice = debutExercice == null ? MonthDay.of(1, 1) : debutExercice;
        }

        /** The exercice a day belongs to. */
        public int exerciceDe(LocalDate jour) {
            return jour.isBefore(debutExercice.atYear(jour.getYear())) ? jour.getYear() - 1 : jour.getYear();
        }

        public LocalDate debutDeLExercice(int exercice) {
            return debutExercice.atYear(exercice);
        }

        public LocalDate finDeLExercice(int exercice) {
            return debutExercice.atYear(exercice + 1).minusDays(1);
        }

        public List<Integer> exercices() {
            return java.util.stream.IntStream.rangeClosed(exerciceDe(dateDebut), exerciceDe(dateFin)).boxed().toList();
        }

        public boolean couvre(int exercice) {
            return exercice >= exerciceDe(dateDebut) && exercice <= exerciceDe(dateFin);
        }

        /** "2024" for calendar years, "2020-2021" for an exercice starting on another day. */
        public String libelleExercice(int exercice) {
            return debutExercice.equals(MonthDay.of(1, 1)) ? String.valueOf(exercice) : exercice + "-" + (exercice + 1);
        }

        /** The instalments of an exercice: its own rule, else the rule for every exercice. */
        public List<RegleVersementLue> reglesDeLExercice(int exercice) {
            List<RegleVersementLue> propres = reglesVersement.stream()
                    .filter(r -> r.exercice() != null && r.exercice() == exercice).toList();
            return propres.isEmpty() ? reglesVersement.stream().filter(r -> r.exercice() == null).toList() : propres;
        }
    }

    /** One instalment of a champ's payment rule (DOMAIN.md §3.7); {@code pourcentage} null for a SOLDE. */
    public record RegleVersementLue(Integer exercice, int ordre, TypeVersement type, BigDecimal pourcentage,
            ConditionVersement condition) {
    }

    /** An axe; {@code parentId} is its parent in the champ's tree (a thème under its section), null for a root. */
    public record AxeLu(Long id, Long champId, String champCode, TypeAxe type, String numero, String numeroPilier,
            String libelle, String libelleCourt, String activiteChorus, boolean pariteApplicable, int ordre,
            Long parentId) {

        public AxeLu(Long id, Long champId, String champCode, TypeAxe type, String numero, String numeroPilier,
                String libelle, String libelleCourt, String activiteChorus, boolean pariteApplicable, int ordre) {
            this(id, champId, champCode, type, numero, numeroPilier, libelle, libelleCourt, activiteChorus,
                    pariteApplicable, ordre, null);
        }

        /** "Axe 2 — Lutter contre …" */
        public String designation() {
            return type.getLibelle() + " " + numero + " — " + libelle;
        }
    }

    public record AllocationLue(Long axeId, BigDecimal partPourcent, int ordre) {
    }

    /**
     * A fiche in this version: its identity, the version of the aggregate (optimistic lock, R-WF-9), who changed it
     * last, its content and its axes. {@code libelleAnnexe} falls back on the intitulé, as the annexe 2 prints it.
     */
    public record FicheLue(Long id, ChampLu champ, String numero, long version, String modifiePar,
            LocalDateTime modifieLe, String intitule, String libelleAnnexe, String codeAlternatif, String description,
            String publicCible, String territoire, String pilote, String partenaires, String operateur,
            String dateMiseEnPlaceTexte, String dureeTexte, StatutFiche statut, List<AllocationLue> allocations,
            List<AxeLu> axes, FicheAction.Description contenu, String cle, int ordre) {

        public FicheLue {
            allocations = List.copyOf(allocations);
            axes = List.copyOf(axes);
            cle = cle == null ? numero : cle;
        }

        /** R-IMP-8: without its own key, a fiche is named by its number. */
        public FicheLue(Long id, ChampLu champ, String numero, long version, String modifiePar,
                LocalDateTime modifieLe, String intitule, String libelleAnnexe, String codeAlternatif,
                String description, String publicCible, String territoire, String pilote, String partenaires,
                String operateur, String dateMiseEnPlaceTexte, String dureeTexte, StatutFiche statut,
                List<AllocationLue> allocations, List<AxeLu> axes, FicheAction.Description contenu) {
            this(id, champ, numero, version, modifiePar, modifieLe, intitule, libelleAnnexe, codeAlternatif,
                    description, publicCible, territoire, pilote, partenaires, operateur, dateMiseEnPlaceTexte,
                    dureeTexte, statut, allocations, axes, contenu, numero, 0);
        }

        public boolean alloueeA(Long axeId) {
            return allocations.stream().anyMatch(a -> a.axeId().equals(axeId));
        }
    }

    public LocalDate dateDebut() {
        return champs.stream().map(ChampLu::dateDebut).min(Comparator.naturalOrder()).orElse(null);
    }

    public LocalDate dateFin() {
        return champs.stream().map(ChampLu::dateFin).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The exercices (years) covered by at least one champ. */
    public List<Integer> exercices() {
        return champs.stream().flatMap(c -> c.exercices().stream()).distinct().sorted().toList();
    }

    /** The exercice asked for, else the convention's first one (the current year for a convention without champ). */
    public int exercice(Integer demande) {
        if (demande != null) {
            return demande;
        }
        List<Integer> exercices = exercices();
        return exercices.isEmpty() ? java.time.Year.now().getValue() : exercices.get(0);
    }

    public Optional<FicheLue> fiche(Long ficheId) {
        return fiches.stream().filter(f -> f.id().equals(ficheId)).findFirst();
    }

    public Optional<ChampLu> champ(Long champId) {
        return champs.stream().filter(c -> c.id().equals(champId)).findFirst();
    }

    public Optional<AxeLu> axe(Long axeId) {
        return champs.stream().flatMap(c -> c.axes().stream()).filter(a -> a.id().equals(axeId)).findFirst();
    }

    public List<AxeLu> axes() {
        return champs.stream().flatMap(c -> c.axes().stream()).toList();
    }

    /** R-DATE-2: an exercice as the champs that cover it show it ("2024", or "2020-2021" for a July champ). */
    public String libelleExercice(int exercice) {
        return champs.stream().filter(c -> c.couvre(exercice)).findFirst().or(() -> champs.stream().findFirst())
                .map(c -> c.libelleExercice(exercice)).orElse(String.valueOf(exercice));
    }

    /** The fiche of that key (R-IMP-8). */
    public Optional<FicheLue> ficheParCle(String cle) {
        return fiches.stream().filter(f -> f.cle().equals(cle)).findFirst();
    }

    /** The children of an axe in its champ's tree, in their order. */
    public List<AxeLu> enfants(Long axeId) {
        return axes().stream().filter(a -> Objects.equals(a.parentId(), axeId)).toList();
    }

    /** Whether the convention is still being drafted (never signed): its structure changes in place (R-SEC-13). */
    public boolean enElaboration() {
        return Convention.ELABORATION.equals(statut) && !signee();
    }

    /** The fiches allocated to an axe, in reading order. */
    public List<FicheLue> fichesDeLAxe(Long axeId) {
        return fiches.stream().filter(f -> f.alloueeA(axeId)).toList();
    }

    /** The draft of this convention when there is one, whichever version this snapshot shows. */
    public Optional<VersionLue> brouillon() {
        return versions.stream().filter(VersionLue::brouillon).findFirst();
    }

    /** The version a selector names among this convention's versions (404 when it names none, R-DATE-6). */
    public VersionLue versionChoisie(SelecteurVersion selecteur) {
        return Versions.choisir(versions, selecteur);
    }

    public Optional<VersionLue> enVigueur() {
        return versions.stream().filter(VersionLue::enVigueur).findFirst();
    }

    /** A Département agent may have his changes land here: the draft (R-SEC-8). */
    public boolean versionModifiable() {
        return version.modifiable();
    }

    public boolean signee() {
        return versions.stream().anyMatch(v -> v.statut() == StatutVersion.EN_VIGUEUR
                || v.statut() == StatutVersion.REMPLACEE);
    }

    Long departementId() {
        return departement.id();
    }

    public boolean memeVersion(ConventionLue autre) {
        return Objects.equals(id, autre.id) && version.numero() == autre.version.numero();
    }
}
