package fr.pacte.indicateur;

import fr.pacte.shared.DemandeRefuseeException;
import fr.pacte.shared.Messages;

/** A write refused before anything is saved: wrong period, no value, comment without result… (French message). */
public class SaisieInvalideException extends DemandeRefuseeException {

    private final String cle;

    public SaisieInvalideException(String cle, Object... arguments) {
        super(Messages.texte(cle, arguments));
        this.cle = cle;
    }

    public String cle() {
        return cle;
    }

    /** The API code is the message key (tests and scripts rely on it). */
    @Override
    public String code() {
        return cle;
    }
}
