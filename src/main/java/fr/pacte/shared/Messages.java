package fr.pacte.shared;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The French wording for plain-Java code (rules, parsers, services) that has no Spring {@code MessageSource}: it
 * reads the same {@code messages.properties} as the templates and follows the same single rule, every message goes
 * through {@link MessageFormat}, with or without arguments (a quote is written {@code ''}; Spring is set up with
 * {@code spring.messages.always-use-message-format=true}).
 *
 * <p>One difference from Spring, on purpose: a number given for a plain {@code {0}} is printed as written ("2024",
 * line "19"), never re-formatted as "2 024"; a pattern that wants French grouping says {@code {0,number,#}} or gets a
 * ready-made text (Montants, Nombres). {@code null} prints as nothing.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    private static final Locale FRANCAIS = Locale.FRANCE;

    private Messages() {
    }

    /** {@code texte("tableau.col.total", 2024)} → "F — Budget global de l'action prévu en 2024 (A+B+C)". */
    public static String texte(String cle, Object... arguments) {
        return formater(modele(cle), arguments);
    }

    /** The raw pattern of a key, as written in the bundle. */
    public static String modele(String cle) {
        return ResourceBundle.getBundle(BUNDLE, FRANCAIS,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(cle);
    }

    /** Formats a pattern written by the bundle's rule. */
    public static String formater(String modele, Object... arguments) {
        MessageFormat format = new MessageFormat(modele, FRANCAIS);
        Object[] valeurs = arguments == null ? new Object[0] : arguments.clone();
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < valeurs.length; i++) {
            boolean numerique = i < formats.length
                    && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat);
            if (valeurs[i] == null) {
                valeurs[i] = "";
            } else if (valeurs[i] instanceof Number nombre && !numerique) {
                valeurs[i] = nombre instanceof BigDecimal d ? d.toPlainString() : nombre.toString();
            }
        }
        return format.format(valeurs);
    }

    /**
     * A text that is already French and final (a finding's message, a typed value) made safe to pass where Spring
     * expects a pattern, e.g. as the default message of {@code rejectValue}: quotes and braces come out as written.
     */
    public static String litteral(String texte) {
        if (texte == null) {
            return null;
        }
        return texte.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
