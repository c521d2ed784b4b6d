package fr.pacte.versement.rules;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * R-PAY-9 Trop-perçu at the bilan final, per action then summed per champ: allowed = min(État prévu, cap), cap =
 * the eligible executed cost (mode COUT_TOTAL, "n'excède pas le coût", the default of Q11) or that cost × the planned
 * State share (mode PRORATA); indu = paid − Σ allowed; a solde not yet paid is reduced first: solde = max(0, Σ allowed
 * − earlier instalments). FT: acompte 332 164,80 €; Σ allowed 540 000 € → solde 207 835,20 € instead of
 * 221 443,20 €; all 553 608 € paid → indu 13 608 € (L280, L314–L316).
 */
public final class TropPercuRule {

    public static final String REGLE = "R-PAY-9";

    public enum Mode { COUT_TOTAL, PRORATA }

    /** One action: its planned State money and its planned total, its eligible executed cost (all financeurs). */
    public record Action(String fiche, BigDecimal etatPrevu, BigDecimal totalPrevu, BigDecimal coutExecute) {
    }

    public record Resultat(BigDecimal autorise, BigDecimal solde, BigDecimal indu) {
    }

    public BigDecimal autorise(List<Action> actions, Mode mode) {
        BigDecimal somme = Montants.ZERO;
        for (Action a : actions) {
            BigDecimal plafond = mode == Mode.COUT_TOTAL || a.totalPrevu().signum() == 0 ? a.coutExecute()
                    : a.coutExecute().multiply(a.etatPrevu()).divide(a.totalPrevu(), 2, RoundingMode.HALF_UP);
            somme = somme.add(a.etatPrevu().min(plafond));
        }
        return somme;
    }

    /**
     * @param anterieurs the instalments before the solde (the acompte), due or paid
     * @param verses     what was actually paid so far, solde included
     */
    public Resultat calculer(BigDecimal autorise, BigDecimal anterieurs, BigDecimal verses) {
        BigDecimal solde = autorise.subtract(anterieurs).max(Montants.ZERO);
        BigDecimal indu = verses.subtract(autorise).max(Montants.ZERO);
        return new Resultat(autorise, solde, indu);
    }
}
