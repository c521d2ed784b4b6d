package fr.pacte.execution;

import fr.pacte.controle.Constat;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.Numeros;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.VersionIntrouvableException;
import fr.pacte.execution.rules.ExecutionFiche;
import fr.pacte.execution.rules.ExecutionSansPrevuRule;
import fr.pacte.execution.rules.ReductionRule;
import fr.pacte.execution.rules.ReportExcessifRule;
import fr.pacte.execution.rules.SousConsommationRule;
import fr.pacte.execution.rules.SurExecutionRule;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.ReportCredits;
import fr.pacte.financement.ReportsCredits;
import fr.pacte.financement.Sommes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for the bilan financier (contracts/execution-rapport.md): of one exercice for every champ that
 * covers it, or of a champ over a period (the rapport d'exécution sums its exercices). The plan of an exercice is read
 * in the version in force on the exercice's last day (the version of a convention never signed otherwise); the
 * execution is read from its own table. Also the public check {@code REPORT_EXCESSIF} (R-PAY-8) for the avenants.
 */
@Service
@Transactional(readOnly = true)
public class BilanFinancierService {

    private final ConventionService conventions;
    private final FinancementService financement;
    private final LigneExecutionRepository executions;
    private final JustificationExecutionRepository justifications;
    private final ReportsCredits reports;

    BilanFinancierService(ConventionService conventions, FinancementService financement,
            LigneExecutionRepository executions, JustificationExecutionRepository justifications,
            ReportsCredits reports) {
        this.conventions = conventions;
        this.financement = financement;
        this.executions = executions;
        this.justifications = justifications;
        this.reports = reports;
    }

    /** The bilan of one exercice, every champ covering it (or having money in it). */
    public BilanFinancier bilan(Long conventionId, int exercice) {
        return calculer(conventionId, null, List.of(exercice));
    }

    /** The bilan of one champ summed over the exercices of a period (the rapport d'exécution, §7.5). */
    public BilanFinancier bilanDePeriode(Long conventionId, Long champId, List<Integer> exercices) {
        return calculer(conventionId, champId, exercices);
    }

    /**
     * The snapshot whose plan counts for an exercice: the version in force on the last day of the exercice of the
     * convention's first champ covering it; the default version when none was in force then.
     */
    public ConventionLue planDeLExercice(Long conventionId, int exercice) {
        ConventionLue courante = conventions.lire(conventionId);
        ChampLu champ = courante.champs().stream().filter(c -> c.couvre(exercice)).findFirst()
                .orElse(courante.champs().isEmpty() ? null : courante.champs().get(0));
        if (champ == null || !courante.signee()) {
            return courante;
        }
        try {
            SelecteurVersion ceJourLa = SelecteurVersion.enVigueurAu(champ.finDeLExercice(exercice));
            // most often the version in force that day is the one shown by default: the same snapshot, not a second
            if (courante.versionChoisie(ceJourLa).numero() == courante.version().numero()) {
                return courante;
            }
            return conventions.lire(conventionId, ceJourLa);
        } catch (VersionIntrouvableException e) {
            return courante;
        }
    }

    /** The executed lines of an exercice (every champ). */
    public List<LigneExecution> lignesExecutees(Long conventionId, int exercice) {
        conventions.lire(conventionId);
        return executions.findByConventionIdAndExerciceOrderById(conventionId, exercice);
    }

    /** The justification of a fiche's sous-consommation in an exercice, if any (R-PAY-7). */
    public java.util.Optional<JustificationExecution> justification(Long ficheId, int exercice) {
        return justifications.findByFicheIdAndExercice(ficheId, exercice);
    }

    /**
     * R-PAY-8 for the avenant feature: the reports of a draft that carry more than what was not executed in their
     * exercice of origin ({@code REPORT_EXCESSIF}, ERREUR). An empty list when every report fits.
     */
    public List<Constat> reportsExcessifs(ConventionLue convention, List<ReportsCredits.ReportVoulu> voulus) {
        List<ReportExcessifRule.Report> aVerifier = voulus.stream()
                .map(v -> report(convention, v.cle().champId(), v.cle().ficheId(), v.cle().financeur(),
                        v.cle().exerciceOrigine(), v.cle().exerciceDestination(), v.montant()))
                .toList();
        Map<ReportExcessifRule.Lieu, BigDecimal> nonConsomme = new HashMap<>();
        for (int origine : aVerifier.stream().map(ReportExcessifRule.Report::origine).distinct().toList()) {
            nonConsomme.putAll(nonConsomme(bilan(convention.id(), origine), origine));
        }
        return new ReportExcessifRule().verifier(aVerifier, nonConsomme);
    }

    /**
     * What was not executed (R-PAY-8) in the exercice of origin for a champ, or a fiche of it, and a financeur; empty
     * while no execution of that exercice is recorded, so an avenant drafted before the bilan is not refused.
     */
    public java.util.Optional<BigDecimal> nonExecute(ConventionLue convention, Long champId, Long ficheId,
            Financeur financeur, int origine) {
        // the bilan keeps the non-consumed money of État and Département only
        if (financeur == Financeur.AUTRE || lignesExecutees(convention.id(), origine).isEmpty()) {
            return java.util.Optional.empty();
        }
        String champ = convention.champ(champId).map(ChampLu::code).orElse("?");
        return java.util.Optional.of(nonConsomme(bilan(convention.id(), origine), origine)
                .getOrDefault(new ReportExcessifRule.Lieu(champ, ficheId, financeur.name(), origine),
                        fr.pacte.shared.Montants.ZERO));
    }

    private ReportExcessifRule.Report report(ConventionLue convention, Long champId, Long ficheId, Financeur financeur,
            int origine, int destination, BigDecimal montant) {
        String champ = convention.champ(champId).map(ChampLu::code).orElse("?");
        String fiche = ficheId == null ? null : convention.fiche(ficheId).map(FicheLue::numero).orElse("?");
        return new ReportExcessifRule.Report(champ, ficheId, fiche, financeur.name(), origine, destination, montant);
    }

    /** Non-consumed money of an exercice per champ and per fiche, for État and Département. */
    private static Map<ReportExcessifRule.Lieu, BigDecimal> nonConsomme(BilanFinancier bilan, int exercice) {
        Map<ReportExcessifRule.Lieu, BigDecimal> resultat = new HashMap<>();
        for (BilanFinancier.Ligne c : bilan.champs()) {
            resultat.put(new ReportExcessifRule.Lieu(c.champ(), null, "ETAT", exercice), c.nonConsomme().etat());
            resultat.put(new ReportExcessifRule.Lieu(c.champ(), null, "DEPARTEMENT", exercice),
                    c.nonConsomme().departement());
        }
        Map<Long, Sommes[]> parFiche = new HashMap<>();
        Map<Long, String> champDe = new HashMap<>();
        for (BilanFinancier.Ligne f : bilan.fiches()) {
            if (f.ficheId() == null) {
                continue;
            }
            champDe.put(f.ficheId(), f.champ());
            resultat.merge(new ReportExcessifRule.Lieu(f.champ(), f.ficheId(), "ETAT", exercice),
                    f.prevu().etat().subtract(f.execute().etat()), BigDecimal::add);
            resultat.merge(new ReportExcessifRule.Lieu(f.champ(), f.ficheId(), "DEPARTEMENT", exercice),
                    f.prevu().departement().subtract(f.execute().departement()), BigDecimal::add);
        }
        resultat.replaceAll((k, v) -> v.signum() < 0 ? fr.pacte.shared.Montants.ZERO : v);
        return resultat;
    }

    private BilanFinancier calculer(Long conventionId, Long champId, List<Integer> exercices) {
        Map<List<Long>, BilanFinancier.Rang> rangs = new LinkedHashMap<>();
        Map<List<Long>, Sommes[]> sommes = new HashMap<>();
        List<Constat> constats = new ArrayList<>();
        List<BilanFinancier.Reduction> reductions = new ArrayList<>();
        int version = 0;
        Map<List<Object>, BilanFinancier.Reduction> reductionsParFiche = new LinkedHashMap<>();
        for (int exercice : exercices) {
            ConventionLue plan = planDeLExercice(conventionId, exercice);
            version = plan.version().numero();
            List<LigneFinancement> prevues = financement.lignesPrevuesDeLExercice(plan, exercice);
            List<LigneExecution> executees = executions.findByConventionIdAndExerciceOrderById(conventionId, exercice);
            Set<Long> justifiees = justifications.findByConventionIdAndExerciceIn(conventionId, List.of(exercice))
                    .stream().map(JustificationExecution::getFicheId).collect(Collectors.toSet());
            Map<List<Long>, Sommes[]> deLExercice = new LinkedHashMap<>();
            for (ChampLu champ : plan.champs()) {
                if (champId != null && !champ.id().equals(champId)) {
                    continue;
                }
                Set<Long> axesDuChamp = champ.axes().stream().map(AxeLu::id).collect(Collectors.toSet());
                for (AxeLu axe : champ.axes()) {
                    List<Long> fichesDeLAxe = new ArrayList<>(plan.fichesDeLAxe(axe.id()).stream().map(FicheLue::id)
                            .toList());
                    // money on an axe a fiche is no longer allocated to still counts: money is never hidden
                    Set<Long> autres = new HashSet<>();
                    prevues.stream().filter(l -> axe.id().equals(l.getAxeId())).map(LigneFinancement::getFicheId)
                            .forEach(autres::add);
                    executees.stream().filter(l -> axe.id().equals(l.getAxeId())).map(LigneExecution::getFicheId)
                            .forEach(autres::add);
                    autres.stream().filter(f -> f != null && !fichesDeLAxe.contains(f)).sorted()
                            .forEach(fichesDeLAxe::add);
                    if (autres.contains(null)) {
                        fichesDeLAxe.add(null);
                    }
                    for (Long ficheId : fichesDeLAxe) {
                        List<Long> cle = cle(axe.id(), ficheId);
                        FicheLue fiche = ficheId == null ? null : plan.fiche(ficheId).orElse(null);
                        rangs.putIfAbsent(cle, new BilanFinancier.Rang(champ.id(), champ.code(), champ.ordre(),
                                axe.id(), axe.numero(), axe.designation(), axe.ordre(), ficheId,
                                fiche == null ? (ficheId == null ? null : "?") : fiche.numero(),
                                fiche == null ? (ficheId == null ? enveloppe() : "?") : fiche.libelleAnnexe(),
                                Sommes.ZERO, Sommes.ZERO));
                        deLExercice.computeIfAbsent(cle, k -> new Sommes[] {Sommes.ZERO, Sommes.ZERO});
                    }
                }
                for (LigneFinancement l : prevues) {
                    if (axesDuChamp.contains(l.getAxeId())) {
                        Sommes[] s = deLExercice.get(cle(l.getAxeId(), l.getFicheId()));
                        s[0] = s[0].plus(l);
                    }
                }
                for (LigneExecution l : executees) {
                    if (axesDuChamp.contains(l.getAxeId())) {
                        Sommes[] s = deLExercice.get(cle(l.getAxeId(), l.getFicheId()));
                        s[1] = l.ajouteA(s[1]);
                    }
                }
            }
            deLExercice.forEach((cle, s) -> {
                Sommes[] cumul = sommes.computeIfAbsent(cle, k -> new Sommes[] {Sommes.ZERO, Sommes.ZERO});
                cumul[0] = cumul[0].plus(s[0]);
                cumul[1] = cumul[1].plus(s[1]);
            });
            List<ExecutionFiche> parFiche = parFiche(plan, exercice, rangs, deLExercice, justifiees);
            constats.addAll(new SousConsommationRule().verifier(parFiche));
            constats.addAll(new SurExecutionRule().verifier(parFiche));
            constats.addAll(new ExecutionSansPrevuRule().verifier(parFiche));
            for (BilanFinancier.Reduction r : new ReductionRule().proposer(parFiche)) {
                reductionsParFiche.merge(java.util.Arrays.asList(r.champ(), r.ficheId()), r, (a, b) ->
                        new BilanFinancier.Reduction(a.champ(), a.ficheId(), a.fiche(), a.intitule(),
                                a.etatPrevu().add(b.etatPrevu()), a.etatExecute().add(b.etatExecute()),
                                a.montant().add(b.montant())));
            }
            BilanFinancier deCetExercice = assembler(List.of(exercice), version, rangs, deLExercice, List.of(),
                    List.of());
            constats.addAll(reportsDepuis(plan, exercice, champId, deCetExercice));
        }
        reductions.addAll(reductionsParFiche.values());
        return assembler(exercices, version, rangs, sommes, constats, reductions);
    }

    private List<Constat> reportsDepuis(ConventionLue plan, int exercice, Long champId, BilanFinancier bilan) {
        List<ReportCredits> depuis = reports.reports(plan).stream()
                .filter(r -> r.getExerciceOrigine() == exercice)
                .filter(r -> champId == null || champId.equals(r.getChampId())).toList();
        if (depuis.isEmpty()) {
            return List.of();
        }
        List<ReportExcessifRule.Report> aVerifier = depuis.stream().map(r -> report(plan, r.getChampId(),
                r.getFicheId(), r.getFinanceur(), r.getExerciceOrigine(), r.getExerciceDestination(), r.getMontant()))
                .toList();
        return new ReportExcessifRule().verifier(aVerifier, nonConsomme(bilan, exercice));
    }

    private static BilanFinancier assembler(List<Integer> exercices, int version,
            Map<List<Long>, BilanFinancier.Rang> rangs, Map<List<Long>, Sommes[]> sommes, List<Constat> constats,
            List<BilanFinancier.Reduction> reductions) {
        List<BilanFinancier.Rang> lignes = new ArrayList<>();
        rangs.forEach((cle, r) -> {
            Sommes[] s = sommes.get(cle);
            if (s != null) {
                lignes.add(new BilanFinancier.Rang(r.champId(), r.champ(), r.ordreChamp(), r.axeId(), r.axe(),
                        r.axeLibelle(), r.ordreAxe(), r.ficheId(), r.fiche(), r.intitule(), s[0], s[1]));
            }
        });
        lignes.sort(Comparator.comparingInt(BilanFinancier.Rang::ordreChamp)
                .thenComparingInt(BilanFinancier.Rang::ordreAxe)
                .thenComparing(r -> r.fiche() == null ? "\uFFFF" : r.fiche(), Numeros.ORDRE_NATUREL));
        return BilanFinancier.construire(exercices, version, lignes, constats, reductions);
    }

    /** The actions of an exercice, their axes summed, for the rules (R-PAY-7 is per action and year). */
    private static List<ExecutionFiche> parFiche(ConventionLue plan, int exercice,
            Map<List<Long>, BilanFinancier.Rang> rangs, Map<List<Long>, Sommes[]> deLExercice, Set<Long> justifiees) {
        Map<List<Object>, Sommes[]> sommes = new LinkedHashMap<>();
        Map<List<Object>, BilanFinancier.Rang> premier = new LinkedHashMap<>();
        deLExercice.forEach((cle, s) -> {
            BilanFinancier.Rang r = rangs.get(cle);
            List<Object> action = java.util.Arrays.asList(r.champId(), r.ficheId());
            Sommes[] cumul = sommes.computeIfAbsent(action, k -> new Sommes[] {Sommes.ZERO, Sommes.ZERO});
            cumul[0] = cumul[0].plus(s[0]);
            cumul[1] = cumul[1].plus(s[1]);
            premier.putIfAbsent(action, r);
        });
        List<ExecutionFiche> resultat = new ArrayList<>();
        sommes.forEach((action, s) -> {
            BilanFinancier.Rang r = premier.get(action);
            BigDecimal seuil = plan.champ(r.champId()).map(ChampLu::seuilSousConsommation)
                    .orElse(BigDecimal.valueOf(80));
            resultat.add(new ExecutionFiche(r.champ(), r.ficheId(), r.fiche(), r.intitule(), exercice,
                    s[0].total(), s[1].total(), s[0].etat(), s[1].etat(), seuil,
                    r.ficheId() != null && justifiees.contains(r.ficheId())));
        });
        return resultat;
    }

    private static List<Long> cle(Long axeId, Long ficheId) {
        return java.util.Arrays.asList(axeId, ficheId);
    }

    private static String enveloppe() {
        return fr.pacte.shared.Messages.texte("execution.enveloppe");
    }

    /** Whether two lists of ids name the same fiche (null-safe). */
    static boolean meme(Long a, Long b) {
        return Objects.equals(a, b);
    }
}
