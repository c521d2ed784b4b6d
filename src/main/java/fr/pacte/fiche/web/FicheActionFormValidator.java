package fr.pacte.fiche.web;

import fr.pacte.shared.Montants;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Cross-field checks of the fiche form: every amount must read as an amount (R-IMP-1, never guessed), money only on
 * an axe the fiche is allocated to (R-FIN-6). The amounts are converted once, in {@link FicheActionController}.
 */
class FicheActionFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> clazz) {
        return FicheActionForm.class.isAssignableFrom(clazz);
    }

    @Override
    public void validate(Object target, Errors errors) {
        FicheActionForm form = (FicheActionForm) target;
        for (int i = 0; i < form.getBudget().size(); i++) {
            LigneBudgetForm ligne = form.getBudget().get(i);
            boolean aDuMontant = false;
            for (Map.Entry<String, Map.Entry<fr.pacte.financement.ColonneBudget, String>> cellule : ligne.cellules().entrySet()) {
                String texte = cellule.getValue().getValue();
                String champ = "budget[" + i + "]." + cellule.getKey();
                try {
                    BigDecimal montant = Montants.parse(texte).orElse(Montants.ZERO);
                    aDuMontant |= montant.signum() != 0;
                } catch (Montants.MontantInvalideException e) {
                    errors.rejectValue(champ, "montant.invalide",
                            new Object[] {texte.strip(), cellule.getValue().getKey().getLibelle(), ligne.getAxe(),
                                    String.valueOf(ligne.getExercice())}, "Montant invalide");
                }
            }
            if (aDuMontant && (form.getAxeIds() == null || !form.getAxeIds().contains(ligne.getAxeId()))) {
                errors.rejectValue("budget[" + i + "].etat", "montant.axeNonRetenu",
                        new Object[] {ligne.getAxe(), String.valueOf(ligne.getExercice())}, "Axe non retenu");
            }
        }
    }
}
