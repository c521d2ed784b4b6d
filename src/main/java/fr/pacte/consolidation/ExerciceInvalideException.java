package fr.pacte.consolidation;

import fr.pacte.shared.DemandeRefuseeException;
import fr.pacte.shared.Messages;

/** The exercice asked for is not a year Pacte can hold (400 {@code EXERCICE_INVALIDE}, in French). */
public class ExerciceInvalideException extends DemandeRefuseeException {

    public ExerciceInvalideException(int exercice) {
        super(Messages.texte("consolidation.erreur.exercice", String.valueOf(exercice),
                String.valueOf(ConsolidationService.PREMIER_EXERCICE),
                String.valueOf(ConsolidationService.DERNIER_EXERCICE)));
    }

    @Override
    public String code() {
        return "EXERCICE_INVALIDE";
    }
}
