package fr.pacte.indicateur;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;

/**
 * One typed indicator value (R-IND-3): exactly one of a number (with its kind), a special code or a free text.
 * A number may carry a footnote mark ("55*") and a qualifier printed after it ("80 % des ARSA orientés").
 * "Not entered" is the absence of a Valeur, never zero (R-IND-4).
 */
public record Valeur(TypeValeur type, BigDecimal nombre, CodeValeur code, String texte, String qualificatif,
        String renvoi) {

    public Valeur {
        int renseignes = (nombre != null ? 1 : 0) + (code != null ? 1 : 0) + (texte != null ? 1 : 0);
        if (renseignes != 1) {
            throw new IllegalArgumentException("Une valeur porte exactement un nombre, un code ou un texte (R-IND-3)");
        }
        if (nombre != null && (type == null || !type.numerique())) {
            throw new IllegalArgumentException("Un nombre a un type numérique : " + type);
        }
        if (nombre == null) {
            type = null;
            qualificatif = null;
            renvoi = null;
        }
        nombre = Nombres.normaliser(nombre);
        qualificatif = vide(qualificatif) ? null : qualificatif.strip();
        renvoi = vide(renvoi) ? null : renvoi.strip();
        if (texte != null && texte.isBlank()) {
            throw new IllegalArgumentException("Un texte vide n'est pas une valeur");
        }
    }

    public static Valeur nombre(TypeValeur type, BigDecimal nombre) {
        return new Valeur(type, nombre, null, null, null, null);
    }

    public static Valeur nombre(TypeValeur type, String nombre) {
        return nombre(type, new BigDecimal(nombre));
    }

    public static Valeur entier(long nombre) {
        return nombre(TypeValeur.ENTIER, BigDecimal.valueOf(nombre));
    }

    public static Valeur code(CodeValeur code) {
        return new Valeur(null, null, code, null, null, null);
    }

    public static Valeur texte(String texte) {
        return new Valeur(null, null, null, texte.strip(), null, null);
    }

    public Valeur avecQualificatif(String qualificatif) {
        return new Valeur(type, nombre, code, texte, qualificatif, renvoi);
    }

    public Valeur avecRenvoi(String renvoi) {
        return new Valeur(type, nombre, code, texte, qualificatif, renvoi);
    }

    /** Same number in another kind (a plain "30" typed on a percentage indicator is 30 %). */
    public Valeur enType(TypeValeur autreType) {
        return new Valeur(autreType, nombre, code, texte, qualificatif, renvoi);
    }

    public boolean estNombre() {
        return nombre != null;
    }

    public boolean estCode() {
        return code != null;
    }

    public boolean estTexte() {
        return texte != null;
    }

    /**
     * The value as the user would print it: {@code 52}, {@code 2 640}, {@code 1,5}, {@code 18 %}, {@code 250 €},
     * {@code 188 heures}, {@code 55*}, {@code 80 % des ARSA orientés}, {@code Non connu}, {@code -}.
     * {@link ValeurParser} reads this text back to the same value.
     */
    public String affichage() {
        if (code != null) {
            return code.libelle();
        }
        if (texte != null) {
            return texte;
        }
        String marque = renvoi == null ? "" : renvoi;
        String chiffre = switch (type) {
            case POURCENTAGE -> Nombres.format(nombre) + marque + Nombres.ESPACE_INSECABLE + "%";
            case MONTANT -> Nombres.formatMontant(nombre) + marque + Nombres.ESPACE_INSECABLE + "€";
            case DUREE_HEURES -> Nombres.format(nombre) + marque + Nombres.ESPACE_INSECABLE
                    + (nombre.abs().compareTo(BigDecimal.valueOf(2)) < 0 ? "heure" : "heures");
            default -> Nombres.format(nombre) + marque;
        };
        return qualificatif == null ? chiffre : chiffre + " " + qualificatif;
    }

    /**
     * Same value for a comparison across annexes (R-IND-1): same number in the same unit family (ENTIER and DECIMAL
     * are one family), same code meaning, or same text up to case, accents and spaces. Qualifiers and footnote
     * marks are ignored: « 1 locataire « capté » » and « 1 » say the same figure.
     */
    public boolean memeValeurQue(Valeur autre) {
        if (autre == null) {
            return false;
        }
        if (nombre != null) {
            return autre.nombre != null && familleUnite(type) == familleUnite(autre.type)
                    && nombre.compareTo(autre.nombre) == 0;
        }
        if (code != null) {
            return autre.code != null && code.sens() == autre.code.sens();
        }
        return autre.texte != null && normaliserTexte(texte).equals(normaliserTexte(autre.texte));
    }

    /** ENTIER and DECIMAL are plain numbers; each unit is its own family. */
    public static TypeValeur familleUnite(TypeValeur type) {
        return type == TypeValeur.DECIMAL ? TypeValeur.ENTIER : type;
    }

    static String normaliserTexte(String texte) {
        String sansAccent = Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sansAccent.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static boolean vide(String s) {
        return s == null || s.isBlank();
    }
}
