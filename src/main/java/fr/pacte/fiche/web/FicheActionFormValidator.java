package fr.pacte.fiche.web;

import fr.pacte.convention.ConventionLue.AxeLu;
import fr.pacte.convention.ConventionLue.FicheLue;
import fr.pacte.financement.ColonneBudget;
import fr.pacte.financement.rules.MultiAxeRule;
import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Cross-field checks of the fiche form, against the fiche's champ: every amount reads as an amount (R-IMP-1, never
 * guessed), money only on an axe the fiche is allocated to (R-FIN-6, one home: {@link MultiAxeRule}), rows and axes of
 * the fiche's champ and exercices of its period only (R-DATE-1), columns that exist. What a real browser can never
 * send (an axe of another convention, a made-up column) is a field error too, and the page answers 400.
 */
class FicheActionFormValidator implements Validator {

    /** Codes of errors that only a tampered form produces: the page answers 400 with them. */
    static final Set<String> FALSIFICATIONS = Set.of("formulaire.axeInconnu", "formulaire.exerciceHorsChamp",
            "formulaire.colonneInconnue", "typeMismatch");

    private final FicheLue fiche;

    FicheActionFormValidator(FicheLue fiche) {
        this.fiche = fiche;
    }

    @Override
    public boolean supports(Class<?> clazz) {
        return FicheActionForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        FicheActionForm form = (FicheActionForm) target;
        List<Long> axesDuChamp = fiche.champ().axes().stream().map(AxeLu::id).toList();
        List<Long> choisis = form.getAxeIds() == null ? List.of() : form.getAxeIds();
        if (choisis.stream().anyMatch(id -> id == null || !axesDuChamp.contains(id))) {
            errors.rejectValue("axeIds", "formulaire.axeInconnu", "Axe inconnu");
        }
        List<FicheActionForm.ColonneForm> supplementaires = form.getColonnesSupplementaires();
        for (int j = 0; j < supplementaires.size(); j++) {
            Optional<ColonneBudget> colonne = ColonneBudget.parNom(supplementaires.get(j).getColonne());
            if (colonne.isEmpty() || colonne.get().standard() && colonne.get() != ColonneBudget.AUTRES) {
                errors.rejectValue("colonnesSupplementaires[" + j + "].colonne", "formulaire.colonneInconnue",
                        new Object[] {String.valueOf(supplementaires.get(j).getColonne())}, "Colonne inconnue");
            }
        }
        for (int i = 0; i < form.getBudget().size(); i++) {
            ligne(form, i, axesDuChamp, choisis, errors);
        }
    }

    private void ligne(FicheActionForm form, int i, List<Long> axesDuChamp, List<Long> choisis, Errors errors) {
        LigneBudgetForm ligne = form.getBudget().get(i);
        String prefixe = "budget[" + i + "].";
        if (ligne.getAxeId() == null || !axesDuChamp.contains(ligne.getAxeId())) {
            errors.rejectValue(prefixe + "axeId", "formulaire.axeInconnu", "Axe inconnu");
            return;
        }
        if (ligne.getExercice() == null || !fiche.champ().couvre(ligne.getExercice())) {
            errors.rejectValue(prefixe + "exercice", "formulaire.exerciceHorsChamp",
                    new Object[] {String.valueOf(ligne.getExercice()), fiche.champ().libelle()}, "Exercice hors champ");
            return;
        }
        boolean aDuMontant = false;
        for (Map.Entry<String, Map.Entry<ColonneBudget, String>> cellule : ligne.cellulesStandard().entrySet()) {
            aDuMontant |= montant(errors, prefixe + cellule.getKey(), cellule.getValue().getValue(),
                    new DefaultMessageSourceResolvable("budget.col." + cellule.getKey()), ligne);
        }
        if (ligne.getSupplements().size() > form.getColonnesSupplementaires().size()) {
            errors.rejectValue(prefixe + "supplements", "formulaire.colonneInconnue",
                    new Object[] {String.valueOf(ligne.getSupplements().size())}, "Colonne inconnue");
            return;
        }
        for (int j = 0; j < ligne.getSupplements().size(); j++) {
            aDuMontant |= montant(errors, prefixe + "supplements[" + j + "]", ligne.getSupplements().get(j),
                    new DefaultMessageSourceResolvable("budget.col." + form.getColonnesSupplementaires().get(j).getColonne()), ligne);
        }
        boolean aUneJustification = ligne.getJustification() != null && !ligne.getJustification().isBlank();
        if ((aDuMontant || aUneJustification) && !MultiAxeRule.surAxeAlloue(choisis, ligne.getAxeId())) {
            errors.rejectValue(prefixe + "etat", "montant.axeNonRetenu",
                    new Object[] {ligne.getAxe(), String.valueOf(ligne.getExercice())}, "Axe non retenu");
        }
    }

    /** True when the cell holds a non-zero amount; a field error when it holds no amount at all. */
    private static boolean montant(Errors errors, String champ, String texte, DefaultMessageSourceResolvable colonne,
            LigneBudgetForm ligne) {
        try {
            BigDecimal montant = Montants.parse(texte).orElse(Montants.ZERO);
            return montant.signum() != 0;
        } catch (Montants.MontantInvalideException e) {
            errors.rejectValue(champ, "montant.invalide", new Object[] {texte.strip(), colonne, ligne.getAxe(),
                    String.valueOf(ligne.getExercice())}, "Montant invalide");
            return false;
        }
    }
}
