package fr.pacte.versement;

import fr.pacte.convention.ConditionVersement;
import fr.pacte.convention.ConventionLue;
import fr.pacte.convention.ConventionLue.ChampLu;
import fr.pacte.convention.ConventionLue.RegleVersementLue;
import fr.pacte.convention.TypeVersement;
import fr.pacte.execution.BilanFinancier;
import fr.pacte.execution.BilanFinancierService;
import fr.pacte.financement.FinancementService;
import fr.pacte.financement.Financeur;
import fr.pacte.financement.LigneFinancement;
import fr.pacte.financement.MontantConventionnel;
import fr.pacte.financement.ReportCredits;
import fr.pacte.financement.ReportsCredits;
import fr.pacte.financement.rules.EcheancierRule;
import fr.pacte.shared.Montants;
import fr.pacte.versement.rules.ConditionVersementRule;
import fr.pacte.versement.rules.TropPercuRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public entry point for the State's payments of a convention (contracts/execution-rapport.md): the schedule of every
 * champ and exercice computed from its rule (R-PAY-1) and the exercice's amount in the version in force (its
 * montant conventionnel, Σ of the champ's État lines when it has none), the statut of each instalment (R-PAY-2, 3,
 * 11), the solde reduced once the bilan final is in (R-PAY-9), the credits of an exercice and the conditions other
 * features fulfil ({@link #remplirCondition}, called by the rapport's transmission under the convention's lock).
 */
@Service
@Transactional(readOnly = true)
public class VersementService {

    private final VersementRepository versements;
    private final RangsVersement rangs;
    private final ConditionsRemplies conditions;
    private final FinancementService financement;
    private final BilanFinancierService bilans;
    private final ReportsCredits reports;

    VersementService(VersementRepository versements, RangsVersement rangs, ConditionsRemplies conditions,
            FinancementService financement, BilanFinancierService bilans, ReportsCredits reports) {
        this.versements = versements;
        this.rangs = rangs;
        this.conditions = conditions;
        this.financement = financement;
        this.bilans = bilans;
        this.reports = reports;
    }

    /** A credit line of an exercice (contracts § Credits). */
    public record Credit(Long champId, String champ, Financeur financeur, BigDecimal nouveaux, BigDecimal reportes,
            BigDecimal disponibles, BigDecimal verses, BigDecimal resteAVerser) {
    }

    /** The trop-perçu of a champ once its bilan final is in (R-PAY-9): allowed, solde, indu. */
    public record TropPercu(Long champId, String champ, BigDecimal autorise, BigDecimal verse, BigDecimal indu) {
    }

    /** The schedule of every champ, in the version in force (the convention as signed). */
    public List<VersementLu> echeancier(ConventionLue convention) {
        Map<String, LocalDate> remplies = conditions.deLaConvention(convention.id());
        List<MontantConventionnel> montants = financement.montantsConventionnels(convention);
        List<Calcule> calcules = new ArrayList<>();
        for (ChampLu champ : convention.champs()) {
            for (int exercice : champ.exercices()) {
                List<RegleVersementLue> regles = champ.reglesDeLExercice(exercice);
                if (regles.isEmpty()) {
                    continue;
                }
                Optional<MontantConventionnel> mc = montantDuChamp(montants, champ, exercice);
                BigDecimal montant = mc.map(MontantConventionnel::getMontant)
                        .orElseGet(() -> sommeEtat(convention, champ, exercice));
                ConditionVersementRule.Faits faits = new ConditionVersementRule.Faits(convention.signee(),
                        mc.map(m -> "NOTIFIE".equals(m.getStatut())).orElse(false),
                        remplies.containsKey(ConditionsRemplies.cle(champ.id(), ConditionVersement.BILAN_FINAL_RECU)),
                        remplies.containsKey(ConditionsRemplies.cle(champ.id(), ConditionVersement.RAPPORT_TRANSMIS)),
                        false);
                List<EcheancierRule.Echeance> echeances = regles.stream()
                        .map(r -> new EcheancierRule.Echeance(r.type().name(), r.pourcentage(), null)).toList();
                List<EcheancierRule.Versement> parts = new EcheancierRule().calculer(montant, echeances);
                ConditionVersementRule regle = new ConditionVersementRule();
                for (int i = 0; i < regles.size(); i++) {
                    RegleVersementLue r = regles.get(i);
                    if (!regle.cree(r.condition(), faits)) {
                        continue;
                    }
                    calcules.add(new Calcule(champ, exercice, r, parts.get(i).pourcentage(), parts.get(i).montant(),
                            regle.motif(r.condition(), exercice, faits).orElse(null), faits));
                }
            }
        }
        rangs.assurer(convention.id(), calcules.stream()
                .map(c -> new RangsVersement.Rang(c.champ().id(), c.exercice(), c.regle().ordre())).toList(), rangs);
        Map<String, Versement> enregistres = new HashMap<>();
        versements.findByConventionIdOrderByExerciceAscOrdreAsc(convention.id())
                .forEach(v -> enregistres.put(v.getChampId() + ":" + v.getExercice() + ":" + v.getOrdre(), v));
        List<VersementLu> resultat = new ArrayList<>();
        Map<Long, BigDecimal> autorises = new HashMap<>();
        for (Calcule c : calcules) {
            Versement v = enregistres.get(c.champ().id() + ":" + c.exercice() + ":" + c.regle().ordre());
            BigDecimal montant = c.montant();
            if (c.regle().type() == TypeVersement.SOLDE && c.faits().bilanFinalTransmis()) {
                // R-PAY-9: once the bilan final is in, the solde is what is allowed minus the earlier instalments
                BigDecimal autorise = autorises.computeIfAbsent(c.champ().id(), k -> autoriseFige(convention, c.champ()));
                BigDecimal anterieurs = calcules.stream().filter(o -> o.champ().id().equals(c.champ().id())
                        && o.exercice() == c.exercice() && o.regle().ordre() < c.regle().ordre())
                        .map(Calcule::montant).reduce(Montants.ZERO, BigDecimal::add);
                montant = montant.min(new TropPercuRule().calculer(autorise, anterieurs, Montants.ZERO).solde());
            }
            StatutVersement statut;
            String motif = null;
            if (v != null && v.getStatutEnregistre() != null) {
                statut = v.getStatutEnregistre();
                if (v.getMontantFige() != null) {
                    montant = v.getMontantFige();
                }
            } else if (c.motif() != null) {
                statut = StatutVersement.CONDITIONNEL;
                motif = c.motif();
            } else if (montant.signum() == 0) {
                statut = StatutVersement.PREVU;
                motif = fr.pacte.shared.Messages.texte("versement.motif.montantNul");
            } else {
                statut = StatutVersement.EXIGIBLE;
            }
            resultat.add(new VersementLu(v == null ? null : v.getId(), c.champ().id(), c.champ().code(), c.exercice(),
                    c.champ().libelleExercice(c.exercice()), c.regle().ordre(), c.regle().type(), c.pourcentage(),
                    montant, c.montant(), c.regle().condition(), statut, motif, v == null ? null : v.getEj(),
                    v == null ? null : v.getDateOrdonnancement(), v == null ? null : v.getDatePaiement(),
                    v == null ? null : v.getCommentaire()));
        }
        return resultat;
    }

    private record Calcule(ChampLu champ, int exercice, RegleVersementLue regle, BigDecimal pourcentage,
            BigDecimal montant, String motif, ConditionVersementRule.Faits faits) {
    }

    public Optional<VersementLu> versement(ConventionLue convention, Long id) {
        return echeancier(convention).stream().filter(v -> Objects.equals(v.id(), id)).findFirst();
    }

    /** Credits of an exercice per champ, État (contracts § Credits). */
    public List<Credit> credits(ConventionLue convention, int exercice) {
        List<MontantConventionnel> montants = financement.montantsConventionnels(convention);
        List<ReportCredits> reportes = reports.reportsVers(convention, exercice);
        List<VersementLu> echeancier = echeancier(convention);
        List<Credit> credits = new ArrayList<>();
        for (ChampLu champ : convention.champs()) {
            if (!champ.couvre(exercice)) {
                continue;
            }
            BigDecimal nouveaux = montantDuChamp(montants, champ, exercice).map(MontantConventionnel::getMontant)
                    .orElseGet(() -> sommeEtat(convention, champ, exercice));
            BigDecimal report = reportes.stream().filter(r -> r.getChampId().equals(champ.id())
                    && r.getFinanceur() == Financeur.ETAT).map(ReportCredits::getMontant)
                    .reduce(Montants.ZERO, BigDecimal::add);
            BigDecimal verses = echeancier.stream().filter(v -> v.champId().equals(champ.id())
                    && v.exercice() == exercice && v.statut() == StatutVersement.PAYE)
                    .map(VersementLu::montant).reduce(Montants.ZERO, BigDecimal::add);
            BigDecimal disponibles = nouveaux.add(report);
            credits.add(new Credit(champ.id(), champ.code(), Financeur.ETAT, nouveaux, report, disponibles, verses,
                    disponibles.subtract(verses)));
        }
        return credits;
    }

    /** R-PAY-9 per champ whose bilan final is in: what the State allows, what it paid, the indu. */
    public List<TropPercu> tropPercus(ConventionLue convention) {
        Map<String, LocalDate> remplies = conditions.deLaConvention(convention.id());
        List<VersementLu> echeancier = echeancier(convention);
        List<TropPercu> resultat = new ArrayList<>();
        for (ChampLu champ : convention.champs()) {
            if (!remplies.containsKey(ConditionsRemplies.cle(champ.id(), ConditionVersement.BILAN_FINAL_RECU))) {
                continue;
            }
            BigDecimal autorise = autoriseFige(convention, champ);
            BigDecimal verse = echeancier.stream().filter(v -> v.champId().equals(champ.id())
                    && v.statut() == StatutVersement.PAYE).map(VersementLu::montant)
                    .reduce(Montants.ZERO, BigDecimal::add);
            resultat.add(new TropPercu(champ.id(), champ.code(), autorise, verse,
                    new TropPercuRule().calculer(autorise, Montants.ZERO, verse).indu()));
        }
        return resultat;
    }

    /** Σ allowed as fixed at the transmission of the bilan final (computed now for an older record). */
    private BigDecimal autoriseFige(ConventionLue convention, ChampLu champ) {
        return conditions.autorise(champ.id()).orElseGet(() -> autorise(convention, champ));
    }

    /** Σ allowed of a champ over its whole period, per action (R-PAY-9, mode COUT_TOTAL, Q11). */
    private BigDecimal autorise(ConventionLue convention, ChampLu champ) {
        BilanFinancier bilan = bilans.bilanDePeriode(convention.id(), champ.id(), champ.exercices());
        Map<List<Object>, BigDecimal[]> parAction = new LinkedHashMap<>();
        for (BilanFinancier.Ligne l : bilan.fiches()) {
            List<Object> action = java.util.Arrays.asList(l.ficheId(), l.ficheId() == null ? l.axeId() : null);
            BigDecimal[] s = parAction.computeIfAbsent(action, k -> new BigDecimal[] {Montants.ZERO, Montants.ZERO,
                    Montants.ZERO});
            s[0] = s[0].add(l.prevu().etat());
            s[1] = s[1].add(l.prevu().total());
            s[2] = s[2].add(l.execute().total());
        }
        List<TropPercuRule.Action> actions = parAction.entrySet().stream()
                .map(e -> new TropPercuRule.Action(String.valueOf(e.getKey().get(0)), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]))
                .toList();
        return new TropPercuRule().autorise(actions, TropPercuRule.Mode.COUT_TOTAL);
    }

    private static Optional<MontantConventionnel> montantDuChamp(List<MontantConventionnel> montants, ChampLu champ,
            int exercice) {
        return montants.stream().filter(m -> champ.id().equals(m.getChampId()) && m.getAxeId() == null
                && m.getExercice() == exercice && m.getFinanceur() == Financeur.ETAT).findFirst();
    }

    private BigDecimal sommeEtat(ConventionLue convention, ChampLu champ, int exercice) {
        java.util.Set<Long> axes = new java.util.HashSet<>();
        champ.axes().forEach(a -> axes.add(a.id()));
        return financement.lignesPrevuesDeLExercice(convention, exercice).stream()
                .filter(l -> axes.contains(l.getAxeId()) && l.getFinanceur() == Financeur.ETAT)
                .map(LigneFinancement::getMontant).reduce(Montants.ZERO, BigDecimal::add);
    }

    /**
     * Records that another feature fulfilled a payment condition of a champ (R-PAY-3: the bilan final transmitted;
     * R-PAY-11: the mid-term report transmitted). The caller holds the convention's lock and has checked its
     * permission; recorded once.
     */
    @Transactional
    public void remplirCondition(ConventionLue convention, Long champId, ConditionVersement condition, LocalDate date,
            String source) {
        BigDecimal autorise = null;
        if (condition == ConditionVersement.BILAN_FINAL_RECU) {
            // R-PAY-9: the bilan final fixes what the State allows; later changes of the execution do not move it
            autorise = convention.champ(champId).map(c -> autorise(convention, c)).orElse(null);
        }
        conditions.remplir(convention.id(), champId, condition, date, source, autorise);
    }

    /** Whether a champ's condition was met (the échéances and the rapport read it). */
    public boolean conditionRemplie(Long conventionId, Long champId, ConditionVersement condition) {
        return conditions.deLaConvention(conventionId).containsKey(ConditionsRemplies.cle(champId, condition));
    }
}
