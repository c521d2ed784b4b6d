package fr.pacte.execution;

import fr.pacte.controle.Constat;
import fr.pacte.financement.Sommes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bilan financier of one exercice or of a period (contracts/execution-rapport.md, DOMAIN.md §7.5): per fiche and
 * axe, per axe, per champ and in total, the planned money (lines of the version in force on the last day of each
 * exercice), the executed money, what was not consumed and the rate. Computed from lines the way the tableau
 * financier is (sums of detail rows, never of sub-totals, R-FIN-3); the findings and reductions ride along.
 */
public record BilanFinancier(List<Integer> exercices, int version, List<Ligne> fiches, List<Ligne> axes,
        List<Ligne> champs, Ligne total, List<Constat> constats, List<Reduction> reductions) {

    public BilanFinancier {
        exercices = List.copyOf(exercices);
        fiches = List.copyOf(fiches);
        axes = List.copyOf(axes);
        champs = List.copyOf(champs);
        constats = List.copyOf(constats);
        reductions = List.copyOf(reductions);
    }

    /**
     * One row. {@code ficheId} null on an axe, champ or total row, and on an envelope line without fiche (FT volet 1,
     * {@code fiche} then null); {@code axeId} null on a champ or total row.
     */
    public record Ligne(Long champId, String champ, Long axeId, String axe, String axeLibelle, Long ficheId,
            String fiche, String intitule, Colonnes prevu, Colonnes execute) {

        public Colonnes nonConsomme() {
            return Colonnes.nonConsomme(prevu, execute);
        }

        public BigDecimal taux() {
            return Taux.execution(prevu.total(), execute.total());
        }
    }

    /** R-PAY-12: per action, État allocated − État executed, proposed for reduction "à due concurrence". */
    public record Reduction(String champ, Long ficheId, String fiche, String intitule, BigDecimal etatPrevu,
            BigDecimal etatExecute, BigDecimal montant) {
    }

    /** A row to sum: where it is, and its planned and executed columns. */
    public record Rang(Long champId, String champ, int ordreChamp, Long axeId, String axe, String axeLibelle,
            int ordreAxe, Long ficheId, String fiche, String intitule, Sommes prevu, Sommes execute) {
    }

    /** Sums the detail rows (already in display order) into axes, champs and total; drops rows without money. */
    public static BilanFinancier construire(List<Integer> exercices, int version, List<Rang> rangs,
            List<Constat> constats, List<Reduction> reductions) {
        List<Ligne> fiches = new ArrayList<>();
        Map<Long, Sommes[]> parAxe = new LinkedHashMap<>();
        Map<Long, Rang> axeDe = new LinkedHashMap<>();
        Map<Long, Sommes[]> parChamp = new LinkedHashMap<>();
        Map<Long, Rang> champDe = new LinkedHashMap<>();
        Sommes prevuTotal = Sommes.ZERO;
        Sommes executeTotal = Sommes.ZERO;
        for (Rang r : rangs) {
            if (r.prevu().total().signum() == 0 && r.execute().total().signum() == 0) {
                continue; // a fiche appears when it has planned or executed money in the exercice
            }
            fiches.add(new Ligne(r.champId(), r.champ(), r.axeId(), r.axe(), r.axeLibelle(), r.ficheId(), r.fiche(),
                    r.intitule(), Colonnes.de(r.prevu()), Colonnes.de(r.execute())));
            ajouter(parAxe, r.axeId(), r);
            axeDe.putIfAbsent(r.axeId(), r);
            ajouter(parChamp, r.champId(), r);
            champDe.putIfAbsent(r.champId(), r);
            prevuTotal = prevuTotal.plus(r.prevu());
            executeTotal = executeTotal.plus(r.execute());
        }
        List<Ligne> axes = new ArrayList<>();
        parAxe.forEach((axeId, s) -> {
            Rang r = axeDe.get(axeId);
            axes.add(new Ligne(r.champId(), r.champ(), axeId, r.axe(), r.axeLibelle(), null, null, null,
                    Colonnes.de(s[0]), Colonnes.de(s[1])));
        });
        List<Ligne> champs = new ArrayList<>();
        parChamp.forEach((champId, s) -> {
            Rang r = champDe.get(champId);
            champs.add(new Ligne(champId, r.champ(), null, null, null, null, null, null, Colonnes.de(s[0]),
                    Colonnes.de(s[1])));
        });
        Ligne total = new Ligne(null, null, null, null, null, null, null, null, Colonnes.de(prevuTotal),
                Colonnes.de(executeTotal));
        return new BilanFinancier(exercices, version, fiches, axes, champs, total, constats, reductions);
    }

    private static void ajouter(Map<Long, Sommes[]> sommes, Long cle, Rang r) {
        Sommes[] s = sommes.computeIfAbsent(cle, k -> new Sommes[] {Sommes.ZERO, Sommes.ZERO});
        s[0] = s[0].plus(r.prevu());
        s[1] = s[1].plus(r.execute());
    }

    public List<Ligne> fichesDeLAxe(Long axeId) {
        return fiches.stream().filter(f -> Objects.equals(f.axeId(), axeId)).toList();
    }

    public List<Ligne> axesDuChamp(Long champId) {
        return axes.stream().filter(a -> Objects.equals(a.champId(), champId)).toList();
    }

    /** The row of one champ (empty when it had no money). */
    public java.util.Optional<Ligne> champ(String code) {
        return champs.stream().filter(c -> code.equals(c.champ())).findFirst();
    }
}
