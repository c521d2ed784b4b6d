package fr.pacte.indicateur;

import fr.pacte.shared.Precision;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator value as people write it in the annexes (FX-19, R-IND-3, R-IND-4):
 * {@code 52} ENTIER, {@code 1,5}/{@code 1.5} DECIMAL, {@code 18 %} POURCENTAGE, {@code 250 €} MONTANT,
 * {@code 188 heures}/{@code 200 h} DUREE_HEURES, codes ({@code Non connu}, {@code N.c}, {@code Néant},
 * {@code Nouvelle action}, {@code -}, {@code *}…), {@code 55*} with a footnote mark, {@code 80% des ARSA orientés}
 * with a qualifier, and anything else as text ({@code 1 ou 2} and {@code 400 200 100} with a warning).
 * Every text is readable except a negative number, more than 4 decimals, or more than 2 000 characters.
 */
public final class ValeurParser {

    public static final int LONGUEUR_MAX = 2000;
    private static final BigDecimal MAXIMUM = new BigDecimal("1000000000000000");

    // Thousands are grouped by a space (any kind) in groups of three: "2 640", "1 815 650".
    private static final Pattern TETE_NUMERIQUE = Pattern.compile(
            "^(?<entier>\\d{1,3}(?: \\d{3})+|\\d+)(?:[.,](?<decimales>\\d+))?(?<renvoi>\\*+)?\\s*(?<reste>.*)$",
            Pattern.DOTALL);
    // Several figures separated by plain spaces that cannot be a grouped number: "400 200 100", "5 10".
    private static final Pattern SUITE_DE_NOMBRES = Pattern.compile("^\\d+(?: \\d+)+(?=$|\\s|[^\\d ])");
    private static final Pattern NOMBRE_GROUPE = Pattern.compile("^\\d{1,2}(?: \\d{3})+$|^\\d{3} \\d{3}$");
    private static final Pattern FOURCHETTE = Pattern.compile(
            "^\\d+(?:[.,]\\d+)?\\s*(?:ou|à|a|-|–|/)\\s*\\d+.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATIF = Pattern.compile("^[-−–]\\s*\\d.*");
    private static final Pattern CHIFFRE = Pattern.compile("\\d");
    private static final Pattern UNITE_HEURES = Pattern.compile(
            "^(?:heures?|h)(?=$|[\\s,.;:()/])\\s*(?<reste>.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UNITE_EUROS = Pattern.compile(
            "^(?:€|euros?(?=$|[\\s,.;:()/])|eur(?=$|[\\s,.;:()/]))\\s*(?<reste>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UNITE_POURCENT = Pattern.compile("^%\\s*(?<reste>.*)$", Pattern.DOTALL);

    private ValeurParser() {
    }

    /** Reads a value without knowing its indicator; a blank text is "not entered" (empty). */
    public static Optional<Lecture> lire(String brut) {
        return lire(brut, null);
    }

    /**
     * Reads a value for an indicator of the given kind: a plain number typed on a percentage, money or hours
     * indicator takes that unit ("30" on a percentage indicator is 30 %), an integer on a DECIMAL indicator becomes
     * DECIMAL. A number in another unit keeps it, so that the unit mismatch is reported (R-IND-3).
     */
    public static Optional<Lecture> lire(String brut, TypeValeur attendu) {
        if (brut == null) {
            return Optional.empty();
        }
        String texte = brut.replace('\u2009', ' ').strip();
        if (texte.isEmpty()) {
            return Optional.empty();
        }
        if (texte.length() > LONGUEUR_MAX) {
            throw new ValeurInvalideException("indicateur.valeur.trop-longue", texte.substring(0, 40) + "…");
        }
        Optional<CodeValeur> code = code(texte);
        if (code.isPresent()) {
            CodeValeur c = code.get();
            return Optional.of(c.aPreciser() ? Lecture.de(Valeur.code(c), Remarque.CODE_A_PRECISER)
                    : Lecture.de(Valeur.code(c)));
        }
        if (NEGATIF.matcher(texte).matches()) {
            throw new ValeurInvalideException("indicateur.valeur.negative", brut.strip());
        }
        Lecture lecture = nombre(texte, brut.strip());
        return Optional.of(typer(lecture, attendu));
    }

    private static Lecture nombre(String texte, String tel) {
        // A narrow or plain no-break space only ever groups thousands; plain spaces may separate several figures.
        Matcher suite = SUITE_DE_NOMBRES.matcher(texte);
        if (suite.find() && !NOMBRE_GROUPE.matcher(suite.group()).matches()) {
            return Lecture.de(Valeur.texte(texte), Remarque.COMPOSITE);
        }
        String unifie = texte.replace('\u00A0', ' ').replace(Nombres.ESPACE_FINE, ' ').replaceAll(" {2,}", " ");
        if (FOURCHETTE.matcher(unifie).matches()) {
            return Lecture.de(Valeur.texte(texte), Remarque.FOURCHETTE);
        }
        Matcher m = TETE_NUMERIQUE.matcher(unifie);
        if (!m.matches()) {
            return Lecture.de(Valeur.texte(texte));
        }
        String reste = m.group("reste").strip();
        String decimales = m.group("decimales");
        if (decimales != null && decimales.length() > 4) {
            throw new ValeurInvalideException("indicateur.valeur.decimales", tel);
        }
        String chiffres = m.group("entier").replace(" ", "") + (decimales == null ? "" : "." + decimales);
        // Issue 13: the size is checked on the text, before any BigDecimal is built (R-IND-4).
        if (!Precision.dansLesBornes(chiffres, Precision.INDICATEUR)) {
            throw new ValeurInvalideException("indicateur.valeur.trop-grande", tel);
        }
        BigDecimal nombre = new BigDecimal(chiffres);
        if (nombre.compareTo(MAXIMUM) >= 0) {
            throw new ValeurInvalideException("indicateur.valeur.trop-grande", tel);
        }
        String renvoi = m.group("renvoi");
        TypeValeur type = decimales == null ? TypeValeur.ENTIER : TypeValeur.DECIMAL;
        Matcher unite;
        if ((unite = UNITE_POURCENT.matcher(reste)).matches()) {
            type = TypeValeur.POURCENTAGE;
            reste = unite.group("reste");
        } else if ((unite = UNITE_EUROS.matcher(reste)).matches()) {
            type = TypeValeur.MONTANT;
            reste = unite.group("reste");
        } else if ((unite = UNITE_HEURES.matcher(reste)).matches()) {
            type = TypeValeur.DUREE_HEURES;
            reste = unite.group("reste");
        }
        if (renvoi == null && reste.startsWith("*")) {
            renvoi = reste.replaceAll("^(\\*+).*", "$1");
            reste = reste.substring(renvoi.length()).strip();
        }
        if (CHIFFRE.matcher(reste).find()) {
            // "377 dossiers étudiés. 197 ménages contactés": several figures, kept as text.
            return Lecture.de(Valeur.texte(texte), Remarque.COMPOSITE);
        }
        Valeur valeur = Valeur.nombre(type, nombre).avecQualificatif(reste).avecRenvoi(renvoi);
        return renvoi == null ? Lecture.de(valeur) : Lecture.de(valeur, Remarque.RENVOI);
    }

    private static Lecture typer(Lecture lecture, TypeValeur attendu) {
        Valeur v = lecture.valeur();
        if (attendu == null || !v.estNombre() || v.type().avecUnite()) {
            return lecture;
        }
        if (attendu.avecUnite() || attendu == TypeValeur.DECIMAL) {
            return new Lecture(v.enType(attendu), lecture.remarques());
        }
        return lecture;
    }

    /** A special code, whatever its case, accents, dots or surrounding parentheses: "N.c", "(action non démarrée)". */
    public static Optional<CodeValeur> code(String texte) {
        String t = texte.strip();
        if (t.matches("[-–—]")) {
            return Optional.of(CodeValeur.TIRET);
        }
        if (t.equals("*")) {
            return Optional.of(CodeValeur.ASTERISQUE);
        }
        String cle = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("(s)", "s")
                .replace(".", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        for (CodeValeur c : CodeValeur.values()) {
            if (c.formes().contains(cle)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
