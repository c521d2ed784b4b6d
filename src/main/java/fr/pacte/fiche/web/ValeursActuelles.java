package fr.pacte.fiche.web;

import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.convention.FicheAction;
import fr.pacte.financement.BudgetFiche;
import fr.pacte.shared.Montants;
import fr.pacte.shared.web.Formats;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * R-WF-9, a stale save: for every field where what is stored now (the other person's save) differs from what the user
 * typed, the stored value as text, keyed by the form's field path, so that the form shows both side by side.
 */
record ValeursActuelles(Map<String, String> parChamp) {

    int nombre() {
        return parChamp.size();
    }

    /** The differences outside the budget grid (description, statut, axes), listed above the form. */
    Map<String, String> horsBudget() {
        Map<String, String> hors = new LinkedHashMap<>();
        parChamp.forEach((champ, valeur) -> {
            if (!champ.startsWith("budget[")) {
                hors.put(champ, valeur);
            }
        });
        return hors;
    }

    static ValeursActuelles comparer(FicheActionForm form, FicheLue actuelle, BudgetFiche budget, Formats fmt) {
        Map<String, String> differences = new LinkedHashMap<>();
        FicheAction.Description saisie = form.description();
        FicheAction.Description stockee = actuelle.contenu();
        for (RecordComponent composant : FicheAction.Description.class.getRecordComponents()) {
            Object a = valeur(composant, saisie);
            Object b = valeur(composant, stockee);
            if (!Objects.equals(vide(a), vide(b))) {
                differences.put(composant.getName(), b == null ? "—" : b.toString());
            }
        }
        List<Long> axes = actuelle.axes().stream().map(a -> a.id()).toList();
        if (!new java.util.HashSet<>(axes).equals(new java.util.HashSet<>(form.getAxeIds()))) {
            differences.put("axeIds", String.join(", ", actuelle.axes().stream().map(a -> a.designation()).toList()));
        }
        for (int i = 0; i < form.getBudget().size(); i++) {
            LigneBudgetForm ligne = form.getBudget().get(i);
            Optional<BudgetFiche.Rangee> rangee = budget.rangees().stream()
                    .filter(r -> r.axeId().equals(ligne.getAxeId()) && Objects.equals(r.exercice(), ligne.getExercice()))
                    .findFirst();
            for (BudgetFiche.Colonne colonne : budget.standards()) {
                String champ = colonne.colonne().champ();
                BigDecimal stocke = rangee.map(r -> r.montant(colonne)).orElse(null);
                BigDecimal tape = Montants.parse(ligne.cellulesStandard().get(champ).getValue()).orElse(null);
                if (Montants.nz(stocke).compareTo(Montants.nz(tape)) != 0) {
                    differences.put("budget[" + i + "]." + champ, fmt.montant(Montants.nz(stocke)));
                }
            }
        }
        return new ValeursActuelles(differences);
    }

    private static Object valeur(RecordComponent composant, Record r) {
        try {
            return composant.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object vide(Object valeur) {
        return valeur instanceof String s && s.isBlank() ? null : valeur;
    }
}
