package fr.pacte.financement;

import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money of two versions of a convention side by side (contracts/avenant.md, the comparison; the reviewer's
 * "avant / après"): the montants conventionnels and planned lines that differ, and the totals per axe and per champ
 * of every exercice touched, each computed by {@link TableauFinancier} on each version, never typed (DOMAIN.md
 * §3.10). Reads each version's lines once.
 */
@Service
@Transactional(readOnly = true)
public class ComparaisonVersions {

    private final FinancementService financement;
    private final MontantsConventionnels montants;

    ComparaisonVersions(FinancementService financement, MontantsConventionnels montants) {
        this.financement = financement;
        this.montants = montants;
    }

    /** A champ × exercice × financeur: where R-FIN-22 compares totals. */
    public record Enveloppe(Long champId, int exercice, Financeur financeur) {
    }

    public record DifferenceMontant(MontantConventionnel.Cle cle, String champ, String axe, BigDecimal avant,
            BigDecimal apres) {

        public BigDecimal ecart() {
            return apres.subtract(avant);
        }
    }

    /** A line that differs; {@code ligneAvant} / {@code ligneApres} are the rows' ids (null when absent). */
    public record DifferenceLigne(LigneFinancement.Cle cle, String champ, String fiche, String axe, Long ligneAvant,
            Long ligneApres, BigDecimal avant, BigDecimal apres) {

        public BigDecimal ecart() {
            return apres.subtract(avant);
        }
    }

    public record TotauxAxe(Long axeId, String champ, String axe, String libelle, int exercice, Sommes avant,
            Sommes apres) {

        public boolean change() {
            return !memes(avant, apres);
        }
    }

    public record TotauxChamp(Long champId, String champ, String libelle, int exercice, Sommes avant, Sommes apres) {

        public boolean change() {
            return !memes(avant, apres);
        }
    }

    /**
     * The differences, plus what R-FIN-22 sums: every montant conventionnel of each version and Σ of the lines of
     * new money (not REPORT, R-FIN-20) per champ × exercice × financeur.
     */
    public record Difference(List<DifferenceMontant> montants, List<DifferenceLigne> lignes, List<TotauxAxe> axes,
            List<TotauxChamp> champs, Map<MontantConventionnel.Cle, BigDecimal> montantsAvant,
            Map<MontantConventionnel.Cle, BigDecimal> montantsApres, Map<Enveloppe, BigDecimal> lignesAvant,
            Map<Enveloppe, BigDecimal> lignesApres) {
    }

    /**
     * Compares {@code avant} with {@code apres}: the lines that differ among those of the fiches {@code fiches}
     * accepts (every line: {@code f -> true}; an envelope line has a null fiche), and the totals of every axe and champ
     * (all their lines) of each exercice touched by a difference or named in {@code autresExercices} (champ id →
     * exercices, e.g. those of an avenant's complements).
     */
    public Difference comparer(ConventionLue avant, ConventionLue apres, Predicate<Long> fiches,
            Map<Long, Set<Integer>> autresExercices) {
        Map<Long, Long> champDeLAxe = new HashMap<>();
        apres.axes().forEach(a -> champDeLAxe.put(a.id(), a.champId()));
        List<LigneFinancement> lignesAvant = financement.lignesPrevues(avant);
        List<LigneFinancement> lignesApres = financement.lignesPrevues(apres);
        Map<Long, Set<Integer>> touches = new HashMap<>();
        autresExercices.forEach((champ, exercices) -> touches.computeIfAbsent(champ, k -> new TreeSet<>())
                .addAll(exercices));

        List<DifferenceLigne> lignes = differencesLignes(avant, apres, filtrer(lignesAvant, fiches),
                filtrer(lignesApres, fiches));
        lignes.forEach(d -> touches.computeIfAbsent(champDeLAxe.get(d.cle().axeId()), k -> new TreeSet<>())
                .add(d.cle().exercice()));

        Map<MontantConventionnel.Cle, BigDecimal> mAvant = montantsParCle(montants.visibles(avant));
        Map<MontantConventionnel.Cle, BigDecimal> mApres = montantsParCle(montants.visibles(apres));
        List<DifferenceMontant> differencesMontants = new ArrayList<>();
        for (MontantConventionnel.Cle cle : union(mAvant.keySet(), mApres.keySet())) {
            BigDecimal a = mAvant.getOrDefault(cle, Montants.ZERO);
            BigDecimal b = mApres.getOrDefault(cle, Montants.ZERO);
            if (a.compareTo(b) != 0) {
                differencesMontants.add(new DifferenceMontant(cle, champ(apres, cle.champId()),
                        cle.axeId() == null ? null : apres.axe(cle.axeId()).map(AxeLu::numero).orElse("?"), a, b));
                touches.computeIfAbsent(cle.champId(), k -> new TreeSet<>()).add(cle.exercice());
            }
        }
        differencesMontants.sort(Comparator.comparing((DifferenceMontant d) -> ordreChamp(apres, d.cle().champId()))
                .thenComparing(d -> d.cle().axeId() == null ? -1 : ordreAxe(apres, d.cle().axeId()))
                .thenComparingInt(d -> d.cle().exercice()).thenComparing(d -> d.cle().financeur()));

        List<TotauxAxe> axes = new ArrayList<>();
        List<TotauxChamp> champs = new ArrayList<>();
        for (ChampLu champ : apres.champs()) {
            for (int exercice : touches.getOrDefault(champ.id(), Set.of())) {
                TableauFinancier.BlocChamp blocAvant = bloc(avant, lignesAvant, champ.id(), exercice);
                TableauFinancier.BlocChamp blocApres = bloc(apres, lignesApres, champ.id(), exercice);
                for (AxeLu axe : champ.axes()) {
                    axes.add(new TotauxAxe(axe.id(), champ.code(), axe.numero(), axe.designation(), exercice,
                            totalAxe(blocAvant, axe.id()), totalAxe(blocApres, axe.id())));
                }
                champs.add(new TotauxChamp(champ.id(), champ.code(), champ.libelle(), exercice,
                        blocAvant == null ? Sommes.ZERO : blocAvant.totaux(),
                        blocApres == null ? Sommes.ZERO : blocApres.totaux()));
            }
        }
        return new Difference(differencesMontants, lignes, axes, champs, mAvant, mApres,
                sommesEnveloppes(lignesAvant, champDeLAxe), sommesEnveloppes(lignesApres, champDeLAxe));
    }

    private List<DifferenceLigne> differencesLignes(ConventionLue avant, ConventionLue apres,
            List<LigneFinancement> lignesAvant, List<LigneFinancement> lignesApres) {
        Map<LigneFinancement.Cle, LigneFinancement> parCleAvant = parCle(lignesAvant);
        Map<LigneFinancement.Cle, LigneFinancement> parCleApres = parCle(lignesApres);
        List<DifferenceLigne> differences = new ArrayList<>();
        for (LigneFinancement.Cle cle : union(parCleAvant.keySet(), parCleApres.keySet())) {
            LigneFinancement a = parCleAvant.get(cle);
            LigneFinancement b = parCleApres.get(cle);
            BigDecimal ma = a == null ? Montants.ZERO : a.getMontant();
            BigDecimal mb = b == null ? Montants.ZERO : b.getMontant();
            if (ma.compareTo(mb) != 0) {
                String fiche = cle.ficheId() == null ? null : apres.fiche(cle.ficheId()).or(() -> avant.fiche(cle.ficheId()))
                        .map(FicheLue::cle).orElse("?");
                AxeLu axe = apres.axe(cle.axeId()).orElseThrow();
                differences.add(new DifferenceLigne(cle, axe.champCode(), fiche, axe.numero(),
                        a == null ? null : a.getId(), b == null ? null : b.getId(), ma, mb));
            }
        }
        Map<Long, Integer> ordreFiches = new HashMap<>();
        for (int i = 0; i < apres.fiches().size(); i++) {
            ordreFiches.put(apres.fiches().get(i).id(), i);
        }
        differences.sort(Comparator.comparing((DifferenceLigne d) -> ordreChamp(apres, apres.axe(d.cle().axeId())
                        .map(AxeLu::champId).orElse(null)))
                .thenComparing(d -> d.cle().ficheId() == null ? -1 : ordreFiches.getOrDefault(d.cle().ficheId(), 9999))
                .thenComparing(d -> ordreAxe(apres, d.cle().axeId()))
                .thenComparingInt(d -> d.cle().exercice())
                .thenComparing(d -> d.cle().financeur())
                .thenComparing(d -> d.cle().nature())
                .thenComparing(d -> Objects.requireNonNullElse(d.cle().organisme(), "")));
        return differences;
    }

    private static TableauFinancier.BlocChamp bloc(ConventionLue convention, List<LigneFinancement> lignes,
            Long champId, int exercice) {
        List<TableauFinancier.StructureChamp> structure = TableauFinancierService.structure(convention, exercice)
                .stream().filter(c -> c.id().equals(champId)).toList();
        return TableauFinancier.construire(exercice, structure, lignes).champs().stream()
                .filter(c -> c.champId().equals(champId)).findFirst().orElse(null);
    }

    private static Sommes totalAxe(TableauFinancier.BlocChamp bloc, Long axeId) {
        if (bloc == null) {
            return Sommes.ZERO;
        }
        return bloc.axes().stream().filter(a -> a.axeId().equals(axeId)).map(TableauFinancier.BlocAxe::totaux)
                .findFirst().orElse(Sommes.ZERO);
    }

    private static List<LigneFinancement> filtrer(List<LigneFinancement> lignes, Predicate<Long> fiches) {
        return lignes.stream().filter(l -> fiches.test(l.getFicheId())).toList();
    }

    private static Map<LigneFinancement.Cle, LigneFinancement> parCle(List<LigneFinancement> lignes) {
        Map<LigneFinancement.Cle, LigneFinancement> parCle = new LinkedHashMap<>();
        lignes.forEach(l -> parCle.put(l.cle(), l));
        return parCle;
    }

    private static Map<MontantConventionnel.Cle, BigDecimal> montantsParCle(List<MontantConventionnel> montants) {
        Map<MontantConventionnel.Cle, BigDecimal> parCle = new LinkedHashMap<>();
        montants.forEach(m -> parCle.merge(m.cle(), m.getMontant(), BigDecimal::add));
        return parCle;
    }

    private static Map<Enveloppe, BigDecimal> sommesEnveloppes(List<LigneFinancement> lignes,
            Map<Long, Long> champDeLAxe) {
        Map<Enveloppe, BigDecimal> sommes = new LinkedHashMap<>();
        for (LigneFinancement l : lignes) {
            if (l.getNature() != Nature.REPORT) {
                sommes.merge(new Enveloppe(champDeLAxe.get(l.getAxeId()), l.getExercice(), l.getFinanceur()),
                        l.getMontant(), BigDecimal::add);
            }
        }
        return sommes;
    }

    private static <T> List<T> union(Set<T> a, Set<T> b) {
        List<T> tous = new ArrayList<>(a);
        b.stream().filter(x -> !a.contains(x)).forEach(tous::add);
        return tous;
    }

    private static String champ(ConventionLue convention, Long champId) {
        return convention.champ(champId).map(ChampLu::code).orElse("?");
    }

    private static int ordreChamp(ConventionLue convention, Long champId) {
        return champId == null ? 0 : convention.champ(champId).map(ChampLu::ordre).orElse(0);
    }

    private static int ordreAxe(ConventionLue convention, Long axeId) {
        return convention.axe(axeId).map(AxeLu::ordre).orElse(0);
    }

    private static boolean memes(Sommes a, Sommes b) {
        return a.etat().compareTo(b.etat()) == 0 && a.departement().compareTo(b.departement()) == 0
                && a.autres().compareTo(b.autres()) == 0 && a.report().compareTo(b.report()) == 0;
    }
}
