package fr.pacte.indicateur;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * French wording of the indicator feature for plain-Java code (rules, parser) that cannot use Spring's
 * MessageSource. It reads the same {@code messages-indicateurs.properties} that Spring serves to the templates and
 * follows Spring's convention: a message without arguments is returned as written (a single {@code '}), a message
 * with arguments goes through {@link MessageFormat} (write {@code ''}). Arguments are passed pre-formatted as text
 * so that numbers keep the French layout of {@link Nombres}.
 */
public final class Messages {

    public static final String BUNDLE = "messages-indicateurs";

    private Messages() {
    }

    public static String texte(String cle, Object... arguments) {
        String modele = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH).getString(cle);
        if (arguments == null || arguments.length == 0) {
            return modele;
        }
        return new MessageFormat(modele, Locale.FRENCH).format(arguments);
    }
}
