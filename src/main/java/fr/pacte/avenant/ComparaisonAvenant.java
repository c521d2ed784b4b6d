package fr.pacte.avenant;

import fr.pacte.avenant.rules.AvenantTotalRule;
import fr.pacte.avenant.rules.ReportRule;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.ConventionService;
import fr.pacte.convention.DifferencesFiches;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.convention.StatutVersion;
import fr.pacte.convention.VersionLue;
import fr.pacte.financement.ComparaisonVersions;
import fr.pacte.financement.ComparaisonVersions.Enveloppe;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.ReportCredits;
import fr.pacte.financement.ReportsCredits;
import fr.pacte.shared.web.RessourceIntrouvableException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The « avant / après » of an avenant (contracts/avenant.md § The comparison): the version it was prepared from
 * (the version in force when its draft was opened) against its own version, the totals per axe and champ of every
 * exercice it touches, the fiches it adds or changes, its reports and complements, and its findings (R-FIN-22
 * {@code AVENANT_TOTAL}, R-PAY-8 {@code REPORT_HORS_PERIODE} and, once the execution feature provides {@link
 * CreditsNonExecutes}, {@code REPORT_EXCESSIF}).
 */
@Service
@Transactional(readOnly = true)
public class ComparaisonAvenant {

    private final ConventionService conventions;
    private final AvenantRepository avenants;
    private final ComparaisonVersions comparaison;
    private final ReportsCredits reports;
    private final ObjectProvider<CreditsNonExecutes> execution;

    ComparaisonAvenant(ConventionService conventions, AvenantRepository avenants, ComparaisonVersions comparaison,
            ReportsCredits reports, ObjectProvider<CreditsNonExecutes> execution) {
        this.conventions = conventions;
        this.avenants = avenants;
        this.comparaison = comparaison;
        this.reports = reports;
        this.execution = execution;
    }

    public record ReportCompare(String champ, String fiche, Financeur financeur, int exerciceOrigine,
            int exerciceDestination, BigDecimal montant, BigDecimal avant) {
    }

    public record ComplementCompare(String champ, int exercice, Financeur financeur, BigDecimal montant) {
    }

    public record Comparaison(Avenant avenant, ConventionLue avant, ConventionLue apres,
            ComparaisonVersions.Difference difference, List<DifferencesFiches.DifferenceFiche> fiches,
            List<ReportCompare> reports, List<ComplementCompare> complements, List<ConstatAvenant> constats) {

        public boolean bloquant() {
            return constats.stream().anyMatch(ConstatAvenant::erreur);
        }
    }

    public Comparaison comparer(Long conventionId, int numero) {
        ConventionLue lue = conventions.lire(conventionId);
        Avenant avenant = avenants.findByConventionIdAndNumero(lue.id(), numero)
                .orElseThrow(RessourceIntrouvableException::new);
        return comparer(lue, avenant);
    }

    Comparaison comparer(ConventionLue lue, Avenant avenant) {
        org.hibernate.Hibernate.initialize(avenant.getHistorique());
        org.hibernate.Hibernate.initialize(avenant.getComplements());
        ConventionLue avant = base(lue, avenant.getVersionNumero());
        ConventionLue apres = avenant.getStatut() == StatutAvenant.ABANDONNE ? avant
                : conventions.lire(lue.id(), SelecteurVersion.version(avenant.getVersionNumero()));
        Map<Long, Set<Integer>> exercicesComplements = new HashMap<>();
        Map<Enveloppe, BigDecimal> complements = new LinkedHashMap<>();
        List<ComplementCompare> complementsLus = new ArrayList<>();
        if (avenant.getStatut() != StatutAvenant.ABANDONNE) {
            for (Avenant.Complement c : avenant.getComplements()) {
                exercicesComplements.computeIfAbsent(c.getChampId(), k -> new TreeSet<>()).add(c.getExercice());
                complements.merge(new Enveloppe(c.getChampId(), c.getExercice(), c.getFinanceur()), c.getMontant(),
                        BigDecimal::add);
                complementsLus.add(new ComplementCompare(code(apres, c.getChampId()), c.getExercice(),
                        c.getFinanceur(), c.getMontant()));
            }
        }
        ComparaisonVersions.Difference difference = comparaison.comparer(avant, apres, f -> true,
                exercicesComplements);
        List<ReportCompare> reportsLus = reports(avant, apres);
        List<ConstatAvenant> constats = new ArrayList<>(constatsTotaux(apres, difference, complements));
        constats.addAll(constatsReports(apres, reportsLus));
        return new Comparaison(avenant, avant, apres, difference, DifferencesFiches.entre(avant, apres), reportsLus,
                complementsLus, constats);
    }

    /** The signed version a draft was made from: the last version in force or replaced before it. */
    ConventionLue base(ConventionLue lue, int versionNumero) {
        int base = lue.versions().stream()
                .filter(v -> v.numero() < versionNumero)
                .filter(v -> v.statut() == StatutVersion.EN_VIGUEUR || v.statut() == StatutVersion.REMPLACEE)
                .mapToInt(VersionLue::numero).max().orElse(0);
        return conventions.lire(lue.id(), SelecteurVersion.version(base));
    }

    private List<ConstatAvenant> constatsTotaux(ConventionLue apres, ComparaisonVersions.Difference d,
            Map<Enveloppe, BigDecimal> complements) {
        Set<MontantConventionnel.Cle> montantsChanges = new LinkedHashSet<>();
        d.montants().forEach(m -> montantsChanges.add(m.cle()));
        Map<Long, Long> champDeLAxe = new HashMap<>();
        apres.axes().forEach(a -> champDeLAxe.put(a.id(), a.champId()));
        Set<Enveloppe> lignesChangees = new LinkedHashSet<>();
        d.lignes().forEach(l -> {
            LigneFinancement.Cle c = l.cle();
            lignesChangees.add(new Enveloppe(champDeLAxe.get(c.axeId()), c.exercice(), c.financeur()));
        });
        return new AvenantTotalRule().verifier(d.montantsAvant(), d.montantsApres(), d.lignesAvant(), d.lignesApres(),
                complements, montantsChanges, lignesChangees, id -> code(apres, id));
    }

    private List<ConstatAvenant> constatsReports(ConventionLue apres, List<ReportCompare> lus) {
        List<ConstatAvenant> constats = new ArrayList<>();
        ReportRule regle = new ReportRule();
        Optional<CreditsNonExecutes> executions = Optional.ofNullable(execution.getIfAvailable());
        for (int i = 0; i < lus.size(); i++) {
            ReportCompare r = lus.get(i);
            Optional<ChampLu> champ = apres.champs().stream().filter(c -> c.code().equals(r.champ())).findFirst();
            if (champ.isEmpty()) {
                continue;
            }
            ReportRule.Report report = regle(champ.get(), "reports[" + i + "]", r.fiche(), r.financeur(),
                    r.exerciceOrigine(), r.exerciceDestination(), r.montant());
            regle.horsPeriode(report).ifPresent(constats::add);
            if (executions.isPresent()) {
                Long ficheId = r.fiche() == null ? null : apres.fiches().stream()
                        .filter(f -> f.cle().equals(r.fiche())).map(FicheLue::id).findFirst().orElse(null);
                regle.excessif(report, executions.get().nonExecute(apres, champ.get().id(), ficheId, r.financeur(),
                        r.exerciceOrigine())).ifPresent(constats::add);
            }
        }
        return constats;
    }

    static ReportRule.Report regle(ChampLu champ, String chemin, String fiche, Financeur financeur, int origine,
            int destination, BigDecimal montant) {
        int dernier = champ.exercices().isEmpty() ? origine : champ.exercices().get(champ.exercices().size() - 1);
        return new ReportRule.Report(chemin, champ.code(), fiche, financeur.name(), origine, destination, montant,
                dernier, champ.libelleExercice(dernier));
    }

    /** The reports of the avenant's version that its base does not have (new, or with another amount). */
    private List<ReportCompare> reports(ConventionLue avant, ConventionLue apres) {
        Map<ReportCredits.Cle, BigDecimal> anciens = new HashMap<>();
        reports.reports(avant).forEach(r -> anciens.put(r.cle(), r.getMontant()));
        List<ReportCompare> lus = new ArrayList<>();
        for (ReportCredits r : reports.reports(apres)) {
            BigDecimal ancien = anciens.get(r.cle());
            if (ancien == null || ancien.compareTo(r.getMontant()) != 0) {
                lus.add(new ReportCompare(code(apres, r.getChampId()), r.getFicheId() == null ? null
                        : apres.fiche(r.getFicheId()).map(FicheLue::cle).orElse("?"), r.getFinanceur(),
                        r.getExerciceOrigine(), r.getExerciceDestination(), r.getMontant(), ancien));
            }
        }
        lus.sort(Comparator.comparing(ReportCompare::champ).thenComparingInt(ReportCompare::exerciceOrigine)
                .thenComparing(ReportCompare::financeur));
        return lus;
    }

    private static String code(ConventionLue convention, Long champId) {
        return convention.champ(champId).map(ChampLu::code).orElse("?");
    }
}
