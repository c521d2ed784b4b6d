package fr.pacte.consolidation;

import fr.pacte.consolidation.Consolidation.BlocRegion;
import fr.pacte.consolidation.Consolidation.ChampConsolide;
import fr.pacte.consolidation.Consolidation.ConventionConsolidee;
import fr.pacte.consolidation.Consolidation.LigneDepartement;
import fr.pacte.consolidation.rules.IndicateursComptesRule;
import fr.pacte.consolidation.rules.IndicateursComptesRule.SommeIndicateur;
import fr.pacte.convention.CacheConventions;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionService;
import fr.pacte.echeance.CodeEcheance;
import fr.pacte.echeance.EcheanceService;
import fr.pacte.echeance.EcheanceService.EcheanceLue;
import fr.pacte.echeance.StatutEcheance;
import fr.pacte.execution.BilanFinancier;
import fr.pacte.execution.BilanFinancierService;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.TableauFinancier;
import fr.pacte.financement.TableauFinancierService;
import fr.pacte.indicateur.IndicateurService;
import fr.pacte.indicateur.IndicateurService.IndicateurNational;
import fr.pacte.securite.Autorisations;
import fr.pacte.securite.Perimetre;
import fr.pacte.securite.PerimetreCourant;
import fr.pacte.securite.Permission;
import fr.pacte.shared.Montants;
import fr.pacte.territoire.Referentiel;
import fr.pacte.territoire.Referentiel.DepartementVue;
import fr.pacte.territoire.Referentiel.RegionVue;
import fr.pacte.versement.StatutVersement;
import fr.pacte.versement.VersementLu;
import fr.pacte.versement.VersementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point of the consolidation (M16, R-SEC-4): for an exercice and the user's périmètre, one row per
 * Département of the scope with its conventions of the exercice, each convention's figures taken from the features
 * that own them (tableau financier, montants conventionnels, bilan financier, versements, échéances, indicators),
 * never recomputed here. The conventions of the scope are read in one query; each convention's figures are
 * computed once per revision of the convention ({@link CacheConventions}) and the totals summed from the rows: a
 * second reading of the country costs a handful of statements, whatever the number of conventions.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationService {

    static final int PREMIER_EXERCICE = 2000;
    static final int DERNIER_EXERCICE = 2100;

    /** R-DATE-3..5: the deadlines that are reports to transmit. */
    private static final Set<CodeEcheance> RAPPORTS = EnumSet.of(CodeEcheance.BILAN_FINAL,
            CodeEcheance.RAPPORT_MI_PARCOURS, CodeEcheance.RAPPORT_ANNUEL);

    private final Autorisations autorisations;
    private final PerimetreCourant perimetre;
    private final Referentiel referentiel;
    private final ConventionService conventions;
    private final TableauFinancierService tableaux;
    private final FinancementService financement;
    private final BilanFinancierService bilans;
    private final VersementService versements;
    private final EcheanceService echeances;
    private final IndicateurService indicateurs;
    private final CacheConventions cache;
    private final IndicateursComptesRule comptes = new IndicateursComptesRule();

    ConsolidationService(Autorisations autorisations, PerimetreCourant perimetre, Referentiel referentiel,
            ConventionService conventions, TableauFinancierService tableaux, FinancementService financement,
            BilanFinancierService bilans, VersementService versements, EcheanceService echeances,
            IndicateurService indicateurs, CacheConventions cache) {
        this.autorisations = autorisations;
        this.perimetre = perimetre;
        this.referentiel = referentiel;
        this.conventions = conventions;
        this.tableaux = tableaux;
        this.financement = financement;
        this.bilans = bilans;
        this.versements = versements;
        this.echeances = echeances;
        this.indicateurs = indicateurs;
        this.cache = cache;
    }

    /** The consolidation of {@code exercice}, deadlines judged at {@code au}; 403 on a Département's périmètre. */
    public Consolidation consolider(int exercice, LocalDate au) {
        autorisations.exigerSurUneRegion(Permission.VOIR_CONSOLIDATION);
        if (exercice < PREMIER_EXERCICE || exercice > DERNIER_EXERCICE) {
            throw new ExerciceInvalideException(exercice);
        }
        Perimetre p = perimetre.get();
        List<RegionVue> regions = referentiel.regions().stream()
                .filter(r -> p.tout() || r.id().equals(p.regionId())).toList();
        Map<Long, List<ConventionLue>> parDepartement = new LinkedHashMap<>();
        // one query for the conventions of the scope (R-SEC-4 scoping is the convention feature's); their snapshots
        // are those kept under their revision (R-DATE-1: a convention counts in the exercices its champs cover)
        for (ConventionLue c : conventions.lireVisibles()) {
            if (c.exercices().contains(exercice)) {
                parDepartement.computeIfAbsent(c.departement().id(), k -> new ArrayList<>()).add(c);
            }
        }
        List<DepartementVue> departements = referentiel.departements();
        List<BlocRegion> blocs = new ArrayList<>();
        for (RegionVue region : regions) {
            List<LigneDepartement> lignes = new ArrayList<>();
            for (DepartementVue d : departements) {
                if (d.regionId().equals(region.id())) {
                    lignes.add(ligne(d, parDepartement.getOrDefault(d.id(), List.of()), exercice, au));
                }
            }
            blocs.add(new BlocRegion(region.code(), region.nom(), lignes,
                    Chiffres.somme(lignes.stream().map(LigneDepartement::total).toList()),
                    lignes.stream().mapToInt(l -> l.conventions().size()).sum(),
                    comptes.regrouper(lignes.stream().map(LigneDepartement::indicateurs).toList())));
        }
        return new Consolidation(exercice, au, p.tout(), blocs,
                Chiffres.somme(blocs.stream().map(BlocRegion::total).toList()),
                blocs.stream().mapToInt(BlocRegion::nombreConventions).sum(),
                comptes.regrouper(blocs.stream().map(BlocRegion::indicateurs).toList()));
    }

    private LigneDepartement ligne(DepartementVue d, List<ConventionLue> duDepartement, int exercice, LocalDate au) {
        List<ConventionConsolidee> lues = new ArrayList<>();
        for (ConventionLue courante : duDepartement) {
            // every table a row reads raises the convention's revision: the row is kept under it
            lues.add(cache.memoriser(courante, "consolidation:" + exercice + ":" + au,
                    () -> consolider(courante, exercice, au)));
        }
        List<SommeIndicateur> sommes = comptes.sommer(List.of(lues.stream()
                .flatMap(c -> c.nationaux().stream()).toList()));
        return new LigneDepartement(d.code(), d.nom(), lues,
                Chiffres.somme(lues.stream().map(ConventionConsolidee::chiffres).toList()), sommes);
    }

    private ConventionConsolidee consolider(ConventionLue courante, int exercice, LocalDate au) {
        // the plan of an exercice is the version in force on its last day (as the bilan financier reads it)
        ConventionLue plan = bilans.planDeLExercice(courante.id(), exercice);
        TableauFinancier tableau = tableaux.tableau(plan, exercice);
        Sommes lignes = tableau.totaux();
        BilanFinancier bilan = bilans.bilan(courante.id(), exercice);
        boolean execution = !bilans.lignesExecutees(courante.id(), exercice).isEmpty();
        Map<StatutVersement, BigDecimal> verse = new LinkedHashMap<>();
        for (VersementLu v : versements.echeancier(courante)) {
            if (v.exercice() == exercice) {
                verse.merge(v.statut(), v.montant(), BigDecimal::add);
            }
        }
        int dus = 0;
        int enRetard = 0;
        for (EcheanceLue e : echeances.echeances(courante, au)) {
            if (RAPPORTS.contains(e.code()) && concerne(courante, e, exercice) && e.statut() != StatutEcheance.TENUE) {
                dus++;
                enRetard += e.statut() == StatutEcheance.DEPASSEE ? 1 : 0;
            }
        }
        Map<Long, BigDecimal> enveloppes = enveloppes(plan, financement.montantsConventionnels(plan), exercice);
        List<ChampConsolide> champs = new ArrayList<>();
        for (TableauFinancier.BlocChamp bloc : tableau.champs()) {
            champs.add(new ChampConsolide(bloc.code(), bloc.libelle(),
                    enveloppes.getOrDefault(bloc.champId(), Montants.ZERO), bloc.totaux().etat()));
        }
        for (ChampLu champ : plan.champs()) { // an envelope without any line is shown too
            if (enveloppes.containsKey(champ.id()) && champs.stream().noneMatch(c -> c.code().equals(champ.code()))) {
                champs.add(new ChampConsolide(champ.code(), champ.libelle(), enveloppes.get(champ.id()),
                        Montants.ZERO));
            }
        }
        Chiffres chiffres = new Chiffres(enveloppes.values().stream().reduce(Montants.ZERO, BigDecimal::add),
                lignes.etat(), lignes.departement(), lignes.autres(),
                execution ? bilan.total().prevu().total() : Montants.ZERO,
                execution ? bilan.total().execute().total() : null,
                verse.getOrDefault(StatutVersement.EXIGIBLE, Montants.ZERO),
                verse.getOrDefault(StatutVersement.ORDONNANCE, Montants.ZERO),
                verse.getOrDefault(StatutVersement.PAYE, Montants.ZERO), dus, enRetard);
        return new ConventionConsolidee(courante.id(), courante.numeroInterne(), courante.intitule(),
                courante.statut(), plan.version().numero(), chiffres, champs, indicateurs.nationaux(plan, exercice));
    }

    /**
     * A report concerns the exercice when it is its annual report, or the bilan final or mid-term report of a champ
     * covering it.
     */
    private static boolean concerne(ConventionLue convention, EcheanceLue e, int exercice) {
        if (e.exercice() != null) {
            return e.exercice() == exercice;
        }
        return convention.champs().stream().anyMatch(c -> c.code().equals(e.champ()) && c.couvre(exercice));
    }

    /**
     * R-FIN-4: the State envelope of the exercice as the articles write it, per champ: its annual amount, else the
     * sum of its root axes' amounts; champs without any amount are absent. The convention's is the sum of its champs
     * (Vienne 2024: 578 633 + 553 608 = 1 132 241, FX-4).
     */
    static Map<Long, BigDecimal> enveloppes(ConventionLue plan, List<MontantConventionnel> montants, int exercice) {
        Map<Long, BigDecimal> parChamp = new LinkedHashMap<>();
        for (ChampLu champ : plan.champs()) {
            List<MontantConventionnel> duChamp = montants.stream()
                    .filter(m -> m.getExercice() == exercice && m.getFinanceur() == Financeur.ETAT
                            && champ.id().equals(m.getChampId()))
                    .toList();
            if (duChamp.isEmpty()) {
                continue;
            }
            BigDecimal annuel = duChamp.stream().filter(m -> m.getAxeId() == null).map(MontantConventionnel::getMontant)
                    .reduce(null, (a, b) -> a == null ? b : a.add(b));
            if (annuel == null) {
                Set<Long> racines = new java.util.HashSet<>();
                champ.axes().stream().filter(a -> a.parentId() == null).map(AxeLu::id).forEach(racines::add);
                annuel = duChamp.stream().filter(m -> m.getAxeId() != null && racines.contains(m.getAxeId()))
                        .map(MontantConventionnel::getMontant).reduce(Montants.ZERO, BigDecimal::add);
            }
            parChamp.put(champ.id(), Montants.nz(annuel));
        }
        return parChamp;
    }
}
