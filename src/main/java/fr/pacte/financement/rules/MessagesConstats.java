package fr.pacte.financement.rules;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The French wording of findings, kept in {@code constats.properties} (UTF-8, MessageFormat: a quote is written
 * {@code ''}). Arguments are passed as ready-made text so that numbers are never re-formatted by MessageFormat.
 * Messages travel in JSON answers to scripts: they use plain spaces ("110 428,00 €"), as the contract's example does,
 * where the HTML tables use no-break spaces.
 */
public final class MessagesConstats {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("constats", Locale.FRANCE);

    private MessagesConstats() {
    }

    public static String texte(String cle, Object... arguments) {
        Object[] textes = Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toArray();
        return new MessageFormat(BUNDLE.getString(cle), Locale.FRANCE).format(textes)
                .replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
