package fr.pacte.indicateur;

import fr.pacte.shared.DemandeRefuseeException;
import fr.pacte.shared.Messages;

/** A text that cannot be an indicator value (negative, too many decimals, too long); carries what was typed. */
public class ValeurInvalideException extends DemandeRefuseeException {

    private final String cle;
    private final String texte;

    public ValeurInvalideException(String cle, String texte) {
        super(Messages.texte(cle, texte));
        this.cle = cle;
        this.texte = texte;
    }

    /** Stable message key, e.g. {@code indicateur.valeur.negative}. */
    public String cle() {
        return cle;
    }

    /** The API code is the message key (tests and scripts rely on it). */
    @Override
    public String code() {
        return cle;
    }

    public String texte() {
        return texte;
    }
}
