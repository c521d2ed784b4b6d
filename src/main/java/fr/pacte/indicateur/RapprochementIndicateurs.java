package fr.pacte.indicateur;

import fr.pacte.shared.Libelles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-IMP-5 Indicator rows of a printed annexe are matched with the indicators of the fiches by their label, never by
 * their position: the "Action n : …" cell printed beside a row may belong to the row above or below (the Vienne annexe
 * 1 part 2 prints fiche 6's indicators under "Action 7", fiche 7's under "Action 8", and "Action 11" below its rows,
 * FX-18). Labels are compared without case, accents, punctuation or the "Nb" abbreviation, then by their words;
 * a label split over two printed rows ("/" then "Nombre de dossiers étudiés") is read as one. A row matched with
 * another fiche than its printed action cell says so (INFO); a row that matches no indicator, or two, is a warning
 * that quotes its values, so that nothing is lost silently. Plain Java, used by the convention workbook's reader.
 */
public final class RapprochementIndicateurs {

    /** Words shared by two labels, over their union, from which two labels name the same indicator. */
    static final double SEUIL = 0.6;

    private static final Pattern ACTION = Pattern.compile("^(?:action|fiche(?:[- ]action)?|fa)\\s*(?:n°|no)?\\s*(\\d+)");
    private static final Set<String> MOTS_VIDES = Set.of("de", "d", "des", "du", "la", "le", "les", "l", "a", "au",
            "aux", "en", "et", "par", "pour", "dans", "sur", "un", "une", "ou", "etc");

    /** An indicator of the document: its place in the list, its fiche's key and its labels (label, then aliases). */
    public record Connu(int index, String fiche, List<String> libelles) {
    }

    /**
     * A printed row: its line in the sheet, its action cell as printed, its indicator label and whether it holds any
     * value ({@code valeurs} keeps them, by column, to be attached or quoted).
     */
    public record Rang(int ligne, String action, String libelle, Map<String, String> valeurs) {

        boolean sansValeur() {
            return valeurs.values().stream().allMatch(Libelles::vide);
        }
    }

    /** A row attached to an indicator of the document. */
    public record Rattachement(Rang rang, Connu indicateur) {
    }

    /** What the matching noticed, with the row's line: {@code code} INDICATEUR_RAPPROCHE (INFO) or
     * INDICATEUR_INCONNU (AVERTISSEMENT); {@code cle} the message key and its arguments. */
    public record Remarque(int ligne, String code, boolean avertissement, String cle, List<Object> arguments) {
    }

    public record Resultat(List<Rattachement> rattachements, List<Remarque> remarques) {
    }

    private RapprochementIndicateurs() {
    }

    public static Resultat rapprocher(List<Rang> rangs, List<Connu> connus, Map<String, String> numerosDesFiches) {
        List<Rattachement> rattachements = new ArrayList<>();
        List<Remarque> remarques = new ArrayList<>();
        List<Rang> lus = joindreLesLibellesCoupes(rangs);
        for (Rang rang : lus) {
            if (Libelles.vide(rang.libelle())) {
                if (!rang.sansValeur()) {
                    remarques.add(new Remarque(rang.ligne(), "INDICATEUR_INCONNU", true, "document.indicateur.sansLibelle",
                            List.of(rang.ligne(), valeurs(rang))));
                }
                continue; // an action label alone (printed above or below its rows) carries nothing
            }
            List<Connu> trouves = meilleurs(rang.libelle(), connus);
            if (trouves.size() != 1) {
                remarques.add(new Remarque(rang.ligne(), "INDICATEUR_INCONNU", true,
                        trouves.isEmpty() ? "document.indicateur.inconnu" : "document.indicateur.ambigu",
                        List.of(rang.ligne(), rang.libelle().strip(), valeurs(rang))));
                continue;
            }
            Connu connu = trouves.get(0);
            rattachements.add(new Rattachement(rang, connu));
            Optional<String> imprime = numeroAction(rang.action());
            String numero = connu.fiche() == null ? null : numerosDesFiches.getOrDefault(connu.fiche(), connu.fiche());
            if (imprime.isPresent() && numero != null && !imprime.get().equals(Libelles.normaliser(numero))) {
                remarques.add(new Remarque(rang.ligne(), "INDICATEUR_RAPPROCHE", false, "document.indicateur.rapproche",
                        List.of(rang.ligne(), rang.libelle().strip(), numero, rang.action().strip())));
            }
        }
        return new Resultat(rattachements, remarques);
    }

    /** "/" printed with the values, the label on the next row without values: one row (000a L364-L365). */
    private static List<Rang> joindreLesLibellesCoupes(List<Rang> rangs) {
        List<Rang> resultat = new ArrayList<>();
        for (int i = 0; i < rangs.size(); i++) {
            Rang rang = rangs.get(i);
            boolean sansLettre = rang.libelle() == null || !rang.libelle().matches("(?s).*\\p{L}.*");
            if (sansLettre && !Libelles.vide(rang.libelle()) && !rang.sansValeur() && i + 1 < rangs.size()
                    && rangs.get(i + 1).sansValeur() && !Libelles.vide(rangs.get(i + 1).libelle())) {
                Rang suivant = rangs.get(i + 1);
                resultat.add(new Rang(rang.ligne(), rang.action() != null ? rang.action() : suivant.action(),
                        suivant.libelle(), rang.valeurs()));
                i++;
            } else {
                resultat.add(rang);
            }
        }
        return resultat;
    }

    private static List<Connu> meilleurs(String libelle, List<Connu> connus) {
        String cle = cle(libelle);
        List<Connu> exacts = connus.stream().filter(c -> c.libelles().stream().anyMatch(l -> cle(l).equals(cle)))
                .toList();
        if (!exacts.isEmpty()) {
            return exacts;
        }
        Set<String> mots = mots(libelle);
        double meilleur = 0;
        List<Connu> trouves = new ArrayList<>();
        for (Connu c : connus) {
            double score = c.libelles().stream().mapToDouble(l -> jaccard(mots, mots(l))).max().orElse(0);
            if (score < SEUIL) {
                continue;
            }
            if (score > meilleur + 1e-9) {
                meilleur = score;
                trouves.clear();
                trouves.add(c);
            } else if (Math.abs(score - meilleur) <= 1e-9) {
                trouves.add(c);
            }
        }
        return trouves;
    }

    /** "Nb d'heure de recours" and "Nombre d'heures de recours" have the same key words. */
    static String cle(String libelle) {
        return String.join(" ", motsOrdonnes(libelle));
    }

    private static List<String> motsOrdonnes(String libelle) {
        String t = Libelles.normaliser(libelle).replaceAll("[^a-z0-9]+", " ").strip();
        List<String> mots = new ArrayList<>();
        for (String mot : t.split(" ")) {
            if (mot.isEmpty() || MOTS_VIDES.contains(mot)) {
                continue;
            }
            String m = mot.equals("nb") || mot.equals("nbre") ? "nombre" : mot;
            mots.add(m.length() > 3 && m.endsWith("s") ? m.substring(0, m.length() - 1) : m);
        }
        return mots;
    }

    private static Set<String> mots(String libelle) {
        return new HashSet<>(motsOrdonnes(libelle));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    /** "Action 7 : ACCEO Langues" → "7". */
    static Optional<String> numeroAction(String action) {
        if (Libelles.vide(action)) {
            return Optional.empty();
        }
        Matcher m = ACTION.matcher(Libelles.normaliser(action));
        return m.find() ? Optional.of(String.valueOf(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static String valeurs(Rang rang) {
        return String.join(" / ", rang.valeurs().values().stream().filter(v -> !Libelles.vide(v)).map(String::strip)
                .toList());
    }

    /** For tests and messages: the words two labels are compared on. */
    static List<String> motsCles(String libelle) {
        return Arrays.asList(cle(libelle).split(" "));
    }
}
