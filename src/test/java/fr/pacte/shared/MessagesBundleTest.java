package fr.pacte.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One bundle, one apostrophe rule (messages.properties): every message goes through MessageFormat, so an apostrophe
 * is written {@code ''} everywhere, and Spring, the templates and {@link Messages} print the same text.
 */
class MessagesBundleTest {

    private static final Locale FR = Locale.FRANCE;

    private static Properties charger(String ressource) throws IOException {
        Properties proprietes = new Properties();
        try (InputStream flux = MessagesBundleTest.class.getResourceAsStream(ressource)) {
            assertThat(flux).as(ressource).isNotNull();
            proprietes.load(new InputStreamReader(flux, StandardCharsets.UTF_8));
        }
        return proprietes;
    }

    private static Properties bundle() throws IOException {
        return charger("/messages.properties");
    }

    /** The same MessageSource as the application's (application.properties). */
    private static ResourceBundleMessageSource commeSpring() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /**
     * What is wrong with a pattern's quotes: a lone quote that MessageFormat would swallow (it opens a quoted
     * section that is not there to protect a brace) or a quote never closed. {@code ''} is an apostrophe.
     */
    static List<String> defautsDeGuillemets(String modele) {
        List<String> defauts = new ArrayList<>();
        int profondeur = 0;
        for (int i = 0; i < modele.length(); i++) {
            char c = modele.charAt(i);
            if (c == '{') {
                profondeur++;
            } else if (c == '}') {
                profondeur--;
            } else if (c == '\'' && profondeur == 0) {
                if (i + 1 < modele.length() && modele.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                int fin = modele.indexOf('\'', i + 1);
                if (fin < 0) {
                    defauts.add("guillemet non fermé à la position " + i);
                    break;
                }
                String cite = modele.substring(i + 1, fin);
                if (!cite.contains("{") && !cite.contains("}")) {
                    defauts.add("apostrophe seule avant « " + cite + " » : elle disparaîtrait, écrivez ''");
                }
                i = fin;
            }
        }
        return defauts;
    }

    /** Sample arguments of the right type for each argument of the pattern. */
    private static Object[] exemples(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat ? (Object) 2
                    : formats[i] instanceof DateFormat ? new Date(0) : "valeur" + i;
        }
        return arguments;
    }

    @Test
    @DisplayName("Chaque message du bundle se formate avec et sans arguments, sans apostrophe perdue ni doublée")
    void everyMessageFormatsWithOneApostropheRule() throws IOException {
        Properties messages = bundle();
        ResourceBundleMessageSource spring = commeSpring();
        List<String> problemes = new ArrayList<>();
        for (String cle : new TreeSet<>(messages.stringPropertyNames())) {
            String modele = messages.getProperty(cle);
            defautsDeGuillemets(modele).forEach(d -> problemes.add(cle + " : " + d));
            MessageFormat format;
            try {
                format = new MessageFormat(modele, FR);
            } catch (IllegalArgumentException e) {
                problemes.add(cle + " : modèle illisible par MessageFormat (" + e.getMessage() + ")");
                continue;
            }
            String sansArguments = spring.getMessage(cle, null, FR);
            String avecArguments = spring.getMessage(cle, exemples(format), FR);
            for (String texte : List.of(sansArguments, avecArguments, Messages.texte(cle, exemples(format)))) {
                if (texte.contains("''")) {
                    problemes.add(cle + " : « '' » reste visible dans « " + texte + " »");
                }
                if (modele.contains("''") && !texte.contains("'")) {
                    problemes.add(cle + " : l'apostrophe a disparu de « " + texte + " »");
                }
            }
            if (format.getFormatsByArgumentIndex().length > 0 && avecArguments.matches("(?s).*\\{\\d.*")) {
                problemes.add(cle + " : un argument n'est pas remplacé dans « " + avecArguments + " »");
            }
        }
        assertThat(problemes).isEmpty();
    }

    @Test
    @DisplayName("Spring formate tous les messages par MessageFormat, comme Messages : une seule règle pour l'apostrophe")
    void springUsesTheSameRuleAsTheHelper() throws IOException {
        assertThat(charger("/application.properties").getProperty("spring.messages.always-use-message-format"))
                .isEqualTo("true");
        assertThat(charger("/application.properties").getProperty("spring.messages.basename")).isEqualTo("messages");
        ResourceBundleMessageSource spring = commeSpring();
        assertThat(spring.getMessage("indicateur.api.une-valeur", null, FR))
                .isEqualTo(Messages.texte("indicateur.api.une-valeur"))
                .contains("comme on l'écrit");
        assertThat(spring.getMessage("fiche.intitule.obligatoire", null, FR)).isEqualTo("Indiquez l'intitulé de l'action.");
    }

    @Test
    @DisplayName("L'en-tête F du tableau financier se lit « … de l'action prévu en 2024 (A+B+C) »")
    void tableauHeaderReadsTheYear() {
        assertThat(commeSpring().getMessage("tableau.col.total", new Object[] {2024}, FR))
                .isEqualTo("F — Budget global de l'action prévu en 2024 (A+B+C)");
        assertThat(Messages.texte("tableau.col.total", 2024))
                .isEqualTo("F — Budget global de l'action prévu en 2024 (A+B+C)");
    }

    @Test
    @DisplayName("Messages : un nombre dans {0} s'écrit tel quel (ligne 19, année 2024), null ne s'écrit pas")
    void helperPrintsNumbersAsWritten() {
        assertThat(Messages.texte("ANNEE", 19, "2023", 2024))
                .isEqualTo("Ligne 19 : l'année « 2023 » diffère de l'exercice importé (2024). Importez chaque année séparément.");
        assertThat(Messages.formater("{0}-{1}", null, 1234567)).isEqualTo("-1234567");
        assertThat(Messages.formater(Messages.litteral("l'axe {3} n'est pas « x »"))).isEqualTo("l'axe {3} n'est pas « x »");
    }

    @Test
    @DisplayName("Le test refuse une apostrophe seule (elle disparaîtrait) et accepte '' et les accolades citées")
    void quoteCheckerCatchesLoneQuotes() {
        assertThat(defautsDeGuillemets("Budget global de l'action prévu en {0,number,#}")).hasSize(1);
        assertThat(defautsDeGuillemets("l''action {0}")).isEmpty();
        assertThat(defautsDeGuillemets("un objet JSON comme '{\"texte\": \"58\"}'")).isEmpty();
        assertThat(defautsDeGuillemets("l'action")).hasSize(1);
    }
}
