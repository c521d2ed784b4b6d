package fr.pacte.imputation.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * R-PAY-5 State imputation quality (FX-24): programme, centre financier, centre de coût, domaine fonctionnel and a
 * 12-digit activité are required ({@code IMPUTATION_INCOMPLETE}, ERREUR); a code printed with a space ("MI6DDETS8 6")
 * is read normalised ("MI6DDETS86") with an AVERTISSEMENT {@code IMPUTATION_NORMALISEE}; a template marker left in a
 * signed document ("MI6DDETSXX", L275) is an AVERTISSEMENT {@code MARQUEUR_MODELE} that blocks ordering until it is
 * corrected. The activité "304-50-23-23-01" of annexe 2 and "030450232301" of article 3 are the same code.
 */
public final class ImputationEtatRule {

    public static final String INCOMPLETE = "IMPUTATION_INCOMPLETE";
    public static final String NORMALISEE = "IMPUTATION_NORMALISEE";
    public static final String MARQUEUR = "MARQUEUR_MODELE";
    public static final String REGLE = "R-PAY-5";

    /** "…XX" at the end of a code, "XXX", brackets or an ellipsis: what a template leaves for the drafter to fill. */
    private static final Pattern MODELE = Pattern.compile(".*(XX$|XXX|\\[|\\]|…|\\.\\.\\.).*");
    private static final Pattern ACTIVITE = Pattern.compile("\\d{12}");

    /** The fields read, as stored (labels for the messages come from the bundle). */
    public record Imputation(String champ, String programme, String centreFinancier, String centreCout,
            String domaineFonctionnel, String activite) {
    }

    public List<Constat> verifier(Imputation i) {
        List<Constat> constats = new ArrayList<>();
        champ(constats, i, "programme", i.programme());
        champ(constats, i, "centreFinancier", i.centreFinancier());
        champ(constats, i, "centreCout", i.centreCout());
        champ(constats, i, "domaineFonctionnel", i.domaineFonctionnel());
        if (vide(i.activite())) {
            constats.add(constat(INCOMPLETE, Gravite.ERREUR, i, "activite", "imputation.constat.manquant"));
        } else if (!ACTIVITE.matcher(activite(i.activite())).matches()) {
            constats.add(constat(INCOMPLETE, Gravite.ERREUR, i, "activite", "imputation.constat.activite",
                    i.activite()));
        }
        return constats;
    }

    private static void champ(List<Constat> constats, Imputation i, String nom, String valeur) {
        if (vide(valeur)) {
            constats.add(constat(INCOMPLETE, Gravite.ERREUR, i, nom, "imputation.constat.manquant"));
            return;
        }
        String normalise = normaliser(valeur);
        if (MODELE.matcher(normalise).matches()) {
            constats.add(constat(MARQUEUR, Gravite.AVERTISSEMENT, i, nom, "imputation.constat.marqueur", valeur));
        } else if (!normalise.equals(valeur.strip())) {
            constats.add(constat(NORMALISEE, Gravite.AVERTISSEMENT, i, nom, "imputation.constat.normalisee", valeur,
                    normalise));
        }
    }

    /** Whether these findings forbid ordering a versement (R-PAY-5): anything incomplete or a template marker. */
    public static boolean bloque(List<Constat> constats) {
        return constats.stream().anyMatch(c -> INCOMPLETE.equals(c.code()) || MARQUEUR.equals(c.code()));
    }

    /** A code without the spaces a conversion left in it: "MI6DDETS8 6" → "MI6DDETS86". */
    public static String normaliser(String code) {
        return code == null ? null : code.replaceAll("\\s+", "");
    }

    /**
     * The activité as 12 digits: "304-50-23-23-01" (programme without its leading zero, dotted or dashed) →
     * "030450232301"; "030450232301" stays.
     */
    public static String activite(String code) {
        if (code == null) {
            return null;
        }
        String chiffres = code.replaceAll("[\\s.\\-/]", "");
        if (chiffres.matches("\\d{11}") && code.matches(".*[.\\-/].*")) {
            return "0" + chiffres;
        }
        return chiffres;
    }

    public static boolean memeActivite(String a, String b) {
        return a != null && b != null && activite(a).equals(activite(b));
    }

    private static boolean vide(String s) {
        return s == null || s.isBlank();
    }

    private static Constat constat(String code, Gravite gravite, Imputation i, String colonne, String cle,
            Object... arguments) {
        Object[] args = new Object[arguments.length + 2];
        args[0] = MessagesConstats.texte("imputation.champ." + colonne);
        args[1] = i.champ();
        System.arraycopy(arguments, 0, args, 2, arguments.length);
        return new Constat(code, REGLE, gravite, null, colonne, i.champ(), null, null, null, null, null,
                MessagesConstats.texte(cle, args));
    }
}
