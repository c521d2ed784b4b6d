package fr.pacte.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * All visible text of the pages comes through {@code #{…}} (STYLE.md §4, adapted from Spring PetClinic's
 * I18nPropertiesSyncTest): a template fails the build when it shows literal words that Thymeleaf does not replace, or
 * uses a message key that messages.properties does not have.
 */
class TemplatesEnFrancaisTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Attributes whose content is replaced: the literal text inside such an element is a designer's placeholder. */
    private static final Set<String> REMPLACANTS = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:errors", "th:field");

    /** Visible or spoken attributes: a literal value needs its th: twin (th:title, th:attr="aria-label=…"). */
    private static final Set<String> ATTRIBUTS_VISIBLES = Set.of("title", "alt", "placeholder", "aria-label", "label");

    private static final Pattern LETTRE = Pattern.compile("\\p{L}");
    private static final Pattern CLE = Pattern.compile("#\\{\\s*([\\w.\\-]+)\\s*[}(]");
    private static final Pattern CLE_CALCULEE = Pattern.compile("#\\{\\s*'([\\w.\\-]+)'\\s*\\+");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> fichiers = Files.walk(TEMPLATES)) {
            return fichiers.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** One open element: its name, whether Thymeleaf replaces its content, and its literal visible attributes. */
    private record Element(String nom, boolean remplace) {
    }

    /** Reads a template and reports each literal word a user would see. */
    static List<String> textesLitteraux(String nomFichier, String html) throws ParseException {
        List<String> trouves = new ArrayList<>();
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, new AbstractMarkupHandler() {
            private final Deque<Element> pile = new ArrayDeque<>();
            private final Map<String, String> attributs = new HashMap<>();
            private String enCours;

            private boolean remplace() {
                return !pile.isEmpty() && pile.peek().remplace();
            }

            private void debut(char[] b, int o, int l) {
                enCours = new String(b, o, l);
                attributs.clear();
            }

            private boolean fin(int ligne) {
                boolean remplace = remplace() || attributs.keySet().stream().anyMatch(REMPLACANTS::contains)
                        || "all".equals(attributs.get("th:remove")) || "body".equals(attributs.get("th:remove"))
                        || enCours.equalsIgnoreCase("script") || enCours.equalsIgnoreCase("style");
                for (String attribut : ATTRIBUTS_VISIBLES) {
                    String valeur = attributs.get(attribut);
                    boolean jumeau = attributs.containsKey("th:" + attribut)
                            || attributs.getOrDefault("th:attr", "").contains(attribut + "=");
                    if (valeur != null && !jumeau && LETTRE.matcher(valeur).find()) {
                        trouves.add(nomFichier + ":" + ligne + " <" + enCours + " " + attribut + "=\"" + valeur + "\">");
                    }
                }
                return remplace;
            }

            @Override
            public void handleOpenElementStart(char[] b, int o, int l, int ligne, int colonne) {
                debut(b, o, l);
            }

            @Override
            public void handleStandaloneElementStart(char[] b, int o, int l, boolean minimise, int ligne, int col) {
                debut(b, o, l);
            }

            @Override
            public void handleAttribute(char[] b, int nomO, int nomL, int nomLigne, int nomCol, int opO, int opL,
                    int opLigne, int opCol, int valO, int valL, int extO, int extL, int valLigne, int valCol) {
                attributs.put(new String(b, nomO, nomL), new String(b, valO, valL));
            }

            @Override
            public void handleOpenElementEnd(char[] b, int o, int l, int ligne, int colonne) {
                pile.push(new Element(enCours, fin(ligne)));
            }

            @Override
            public void handleStandaloneElementEnd(char[] b, int o, int l, boolean minimise, int ligne, int col) {
                fin(ligne);
            }

            @Override
            public void handleAutoOpenElementEnd(char[] b, int o, int l, int ligne, int colonne) {
                pile.push(new Element(new String(b, o, l), remplace()));
            }

            @Override
            public void handleCloseElementEnd(char[] b, int o, int l, int ligne, int colonne) {
                fermer(new String(b, o, l));
            }

            @Override
            public void handleAutoCloseElementEnd(char[] b, int o, int l, int ligne, int colonne) {
                fermer(new String(b, o, l));
            }

            private void fermer(String nom) {
                while (!pile.isEmpty()) {
                    if (pile.pop().nom().equalsIgnoreCase(nom)) {
                        return;
                    }
                }
            }

            @Override
            public void handleText(char[] b, int o, int l, int ligne, int colonne) {
                String texte = new String(b, o, l).strip();
                if (!remplace() && LETTRE.matcher(texte).find()) {
                    trouves.add(nomFichier + ":" + ligne + " « " + texte + " »");
                }
            }
        });
        return trouves;
    }

    @Test
    @DisplayName("Aucun texte visible écrit en dur dans les gabarits : tout passe par #{…} (messages.properties)")
    void templatesShowNoLiteralText() throws Exception {
        List<String> trouves = new ArrayList<>();
        for (Path gabarit : templates()) {
            trouves.addAll(textesLitteraux(TEMPLATES.relativize(gabarit).toString(), Files.readString(gabarit)));
        }
        assertThat(trouves).isEmpty();
    }

    @Test
    @DisplayName("Chaque clé #{…} d'un gabarit existe dans messages.properties (et chaque préfixe de clé calculée)")
    void everyTemplateKeyIsInTheBundle() throws Exception {
        Properties messages = new Properties();
        try (var flux = new InputStreamReader(
                TemplatesEnFrancaisTest.class.getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(flux);
        }
        Set<String> cles = messages.stringPropertyNames();
        List<String> manquantes = new ArrayList<>();
        for (Path gabarit : templates()) {
            String html = Files.readString(gabarit);
            Matcher cle = CLE.matcher(html);
            while (cle.find()) {
                if (!cles.contains(cle.group(1))) {
                    manquantes.add(TEMPLATES.relativize(gabarit) + " : #{" + cle.group(1) + "}");
                }
            }
            Matcher prefixe = CLE_CALCULEE.matcher(html);
            while (prefixe.find()) {
                String debut = prefixe.group(1);
                if (cles.stream().noneMatch(c -> c.startsWith(debut))) {
                    manquantes.add(TEMPLATES.relativize(gabarit) + " : #{'" + debut + "' + …}");
                }
            }
        }
        assertThat(manquantes).isEmpty();
    }

    @Test
    @DisplayName("Le test voit un texte en dur, un aria-label en dur et une clé absente")
    void checkerSeesLiteralText() throws Exception {
        assertThat(textesLitteraux("t", "<main><h1 th:text=\"#{a}\">Titre</h1><p>Texte en dur</p>"
                + "<nav aria-label=\"Fil d'Ariane\"></nav><span>—</span><th:block th:replace=\"x\"><b>ok</b></th:block>"
                + "<input type=\"text\" placeholder=\"Nom\" th:placeholder=\"#{b}\"></main>"))
                .containsExactly("t:1 « Texte en dur »", "t:1 <nav aria-label=\"Fil d'Ariane\">");
    }
}
