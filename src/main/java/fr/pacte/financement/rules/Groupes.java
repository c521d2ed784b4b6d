package fr.pacte.financement.rules;

import fr.pacte.shared.Libelles;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names a group of rows in a message from its printed label: "3" → "de l'axe 3", "Volet 2" → "du volet 2",
 * "Construire une transition…" → "de l'axe « Construire une transition… »"; several axes → "des axes 4 et 5".
 */
public final class Groupes {

    private static final Pattern NUMERO = Pattern.compile("\\d+[a-z]?");
    private static final Pattern REFERENCE =
            Pattern.compile("^(?:(axe|volet|theme|section|pilier)s?\\s*(?:n°|no)?\\s*)?(\\d+)(?![\\d.,])");
    private static final Pattern PREFIXE = Pattern.compile("^(axe|volet|theme|section|pilier)s?\\s*(n°|no|n)?\\s*(.+)$");

    private Groupes() {
    }

    public static String nom(String libelle) {
        String texte = libelle == null ? "" : libelle.strip();
        String normalise = Libelles.normaliser(texte);
        if (NUMERO.matcher(normalise).matches()) {
            return MessagesConstats.texte("groupe.axe", texte);
        }
        Matcher m = PREFIXE.matcher(normalise);
        if (m.matches()) {
            String reste = texte.substring(texte.length() - m.group(3).length());
            return MessagesConstats.texte("groupe." + m.group(1), reste);
        }
        return MessagesConstats.texte("groupe.axeLibelle", texte);
    }

    public static String noms(List<String> libelles) {
        if (libelles.size() == 1) {
            return nom(libelles.get(0));
        }
        List<Optional<String>> numeros = libelles.stream().map(Groupes::numeroAxe).toList();
        String et = MessagesConstats.texte("groupe.et");
        if (numeros.stream().allMatch(Optional::isPresent)) {
            List<String> n = numeros.stream().map(Optional::get).toList();
            String liste = String.join(", ", n.subList(0, n.size() - 1)) + et + n.get(n.size() - 1);
            return MessagesConstats.texte("groupe.axes", liste);
        }
        return libelles.stream().map(Groupes::nom).collect(Collectors.joining(et));
    }

    /**
     * The number an axe label or reference starts with: "3", "Axe 3", "axe n° 3 : Construire…", "Volet 2" (type
     * {@code volet}); "4.2" or a label without number give nothing.
     *
     * @param type "axe", "volet", "theme", "section", "pilier", or null when only the number is written
     * @param numero without leading zeros
     * @param complet whether the reference is the whole text ("Axe 3"), not the start of a label
     */
    public record Reference(String type, String numero, boolean complet) {
    }

    public static Optional<Reference> reference(String texte) {
        String normalise = Libelles.normaliser(texte);
        Matcher m = REFERENCE.matcher(normalise);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Reference(m.group(1), String.valueOf(Long.parseLong(m.group(2))),
                m.end() == normalise.length()));
    }

    /** "3" or "Axe 3" → "3"; anything else → empty. */
    private static Optional<String> numeroAxe(String libelle) {
        return reference(libelle).filter(r -> r.complet() && (r.type() == null || r.type().equals("axe")))
                .map(Reference::numero);
    }
}
