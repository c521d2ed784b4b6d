package fr.pacte.echeance.rules;

import fr.pacte.echeance.CodeEcheance;
import fr.pacte.echeance.StatutEcheance;
import fr.pacte.shared.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * R-DATE-3, R-DATE-4, R-DATE-5 (DOMAIN.md §6.8, FX-11): the deadlines of a champ, derived from its period and its
 * payment rule, never typed. Bilan final = end of champ + 3 months (a champ whose solde waits for it: FT 31/12/2024 →
 * 31/03/2025, due that day inclusive, late from 01/04/2025, Q9); rapport mi-parcours = end of the first half of its
 * exercices + 3 months (a champ whose last year waits for it: solidarités 01/01/2024–31/12/2025 → 31/03/2026);
 * rapport annuel = end of each exercice + 3 months (a champ of several exercices, Q18); dénonciation = end − 2 months
 * (FT 31/10/2024, solidarités 31/10/2027, Q10); avenant of the exercice = its first day (before its first versement).
 * Status against {@code au}: TENUE when met, DEPASSEE after the date, PROCHE within 30 days, else A_VENIR.
 */
public final class EcheancesRule {

    public static final int JOURS_PROCHE = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the rule reads of a champ. */
    public record Champ(String code, String libelle, LocalDate debut, LocalDate fin, List<Integer> exercices,
            List<LocalDate> finsDExercice, List<LocalDate> debutsDExercice, boolean soldeApresBilanFinal,
            boolean derniereAnneeApresMiParcours, List<Integer> exercicesParAvenant) {
    }

    /** What met a deadline: a transmitted report (code, exercice for an annual one) or a signed avenant. */
    public record Tenue(CodeEcheance code, Integer exercice) {
    }

    public record Echeance(CodeEcheance code, String champ, Integer exercice, String libelle, LocalDate date,
            String regle, StatutEcheance statut) {
    }

    public List<Echeance> deriver(Champ c, List<Tenue> tenues, LocalDate au) {
        List<Echeance> echeances = new ArrayList<>();
        if (c.soldeApresBilanFinal()) {
            LocalDate date = c.fin().plusMonths(3);
            echeances.add(echeance(CodeEcheance.BILAN_FINAL, c, null, date,
                    Messages.texte("echeance.regle.BILAN_FINAL", DATE.format(c.fin())), tenues, au));
        }
        if (c.derniereAnneeApresMiParcours() && c.exercices().size() >= 2) {
            int moitie = c.exercices().size() / 2 - 1;
            LocalDate finPeriode = c.finsDExercice().get(moitie);
            echeances.add(echeance(CodeEcheance.RAPPORT_MI_PARCOURS, c, null, finPeriode.plusMonths(3),
                    Messages.texte("echeance.regle.RAPPORT_MI_PARCOURS", DATE.format(c.debut()),
                            DATE.format(finPeriode)), tenues, au));
        }
        if (c.exercices().size() > 1) {
            for (int i = 0; i < c.exercices().size(); i++) {
                echeances.add(echeance(CodeEcheance.RAPPORT_ANNUEL, c, c.exercices().get(i),
                        c.finsDExercice().get(i).plusMonths(3), Messages.texte("echeance.regle.RAPPORT_ANNUEL",
                                DATE.format(c.finsDExercice().get(i))), tenues, au));
            }
        }
        for (int i = 0; i < c.exercices().size(); i++) {
            if (c.exercicesParAvenant().contains(c.exercices().get(i))) {
                echeances.add(echeance(CodeEcheance.AVENANT_EXERCICE, c, c.exercices().get(i),
                        c.debutsDExercice().get(i), Messages.texte("echeance.regle.AVENANT_EXERCICE"), tenues, au));
            }
        }
        echeances.add(echeance(CodeEcheance.DENONCIATION, c, null, c.fin().plusDays(1).minusMonths(2).minusDays(1),
                Messages.texte("echeance.regle.DENONCIATION", DATE.format(c.fin())), tenues, au));
        echeances.sort(java.util.Comparator.comparing(Echeance::date));
        return echeances;
    }

    private static Echeance echeance(CodeEcheance code, Champ c, Integer exercice, LocalDate date, String regle,
            List<Tenue> tenues, LocalDate au) {
        boolean tenue = tenues.stream().anyMatch(t -> t.code() == code
                && (t.exercice() == null || t.exercice().equals(exercice)));
        String libelle = exercice == null ? Messages.texte("echeance.libelle." + code.name(), c.libelle())
                : Messages.texte("echeance.libelle." + code.name(), c.libelle(), exercice);
        return new Echeance(code, c.code(), exercice, libelle, date, regle, statut(date, tenue, au));
    }

    /** Q9: due on the date inclusive, late from the next day; near within 30 days. */
    public static StatutEcheance statut(LocalDate date, boolean tenue, LocalDate au) {
        if (tenue) {
            return StatutEcheance.TENUE;
        }
        if (au.isAfter(date)) {
            return StatutEcheance.DEPASSEE;
        }
        return ChronoUnit.DAYS.between(au, date) <= JOURS_PROCHE ? StatutEcheance.PROCHE : StatutEcheance.A_VENIR;
    }
}
