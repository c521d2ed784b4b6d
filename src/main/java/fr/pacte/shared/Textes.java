package fr.pacte.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * French wording of {@code messages.properties} for plain-Java code that has no Spring {@code MessageSource} (file
 * readers, number checks). Arguments are passed as ready-made text, so that numbers keep their French layout; the
 * wording of these keys uses the typographic apostrophe (’), which {@link MessageFormat} leaves alone.
 */
public final class Textes {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.FRANCE);

    private Textes() {
    }

    public static String texte(String cle, Object... arguments) {
        String modele = BUNDLE.getString(cle);
        if (arguments == null || arguments.length == 0) {
            return modele;
        }
        Object[] textes = Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toArray();
        return new MessageFormat(modele, Locale.FRANCE).format(textes);
    }

    /** {@code 5000} → {@code "5 000"} (plain space, as in the JSON messages of the contracts). */
    public static String entier(long nombre) {
        return String.format(Locale.FRANCE, "%,d", nombre).replace('\u202F', ' ').replace('\u00A0', ' ');
    }
}
