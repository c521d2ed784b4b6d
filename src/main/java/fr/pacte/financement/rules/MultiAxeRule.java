package fr.pacte.financement.rules;

import fr.pacte.financement.Sommes;
import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FIN-6 Multi-axis fiche: its lines are kept per axe and each axe's lines count only in that axe; the fiche
 * total is their sum. Lines on an axe the fiche is not allocated to are an ERREUR ({@code AXE_NON_ALLOUE}); a share
 * stated in the fiche ("(50 %)") that differs from the computed share of the fiche's total is an INFO
 * ({@code PART_AXE}). Fiche 9: 50 000 / 100 856 = 49,58 % on axe 2 vs "(50 %)" (L1115, FX-6).
 */
public final class MultiAxeRule {

    public static final String CODE_PART = "PART_AXE";
    public static final String CODE_AXE = "AXE_NON_ALLOUE";
    public static final String REGLE = "R-FIN-6";

    /** A fiche and its amounts per axe. */
    public record FicheAxes(String fiche, String champ, List<PartAxe> axes) {
    }

    /**
     * @param partDeclaree the share written in the fiche, in %, or null
     * @param alloue       whether the fiche is allocated to this axe (AllocationAxe)
     */
    public record PartAxe(String axe, Sommes montants, BigDecimal partDeclaree, boolean alloue) {
    }

    /**
     * The one home of R-FIN-6's allocation check: money of a fiche goes only on an axe it is allocated to. The fiche
     * form's validator, the import's matching and this rule on stored lines all ask it.
     */
    public static boolean surAxeAlloue(java.util.Collection<Long> axesAlloues, long axeId) {
        return axesAlloues.contains(axeId);
    }

    public List<Constat> verifier(List<FicheAxes> fiches) {
        List<Constat> constats = new ArrayList<>();
        for (FicheAxes fiche : fiches) {
            BigDecimal total = Sommes.somme(fiche.axes().stream().map(PartAxe::montants).toList()).total();
            for (PartAxe axe : fiche.axes()) {
                Lieu lieu = new Lieu(null, fiche.champ(), axe.axe(), fiche.fiche());
                if (!axe.alloue()) {
                    constats.add(Constats.constat(CODE_AXE, REGLE, Gravite.ERREUR, lieu, null, null, null,
                            MessagesConstats.texte(CODE_AXE, fiche.fiche(), axe.axe())));
                }
                if (axe.partDeclaree() == null || total.signum() == 0) {
                    continue;
                }
                BigDecimal declaree = axe.partDeclaree().setScale(2, RoundingMode.HALF_UP);
                BigDecimal calculee = axe.montants().total().multiply(BigDecimal.valueOf(100))
                        .divide(total, 2, RoundingMode.HALF_UP);
                if (Constats.different(declaree, calculee)) {
                    String message = MessagesConstats.texte(CODE_PART, fiche.fiche(), axe.axe(),
                            Montants.pourcentage(calculee), Montants.pourcentage(declaree));
                    constats.add(Constats.constat(CODE_PART, REGLE, Gravite.INFO, lieu, null, declaree, calculee,
                            message));
                }
            }
        }
        return constats;
    }
}
