package fr.pacte.imputation.rules;

import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import fr.pacte.financement.rules.MessagesConstats;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * R-PAY-6 Payee account (FX-25): IBAN mod 97 = 1; the RIB key recomputed from établissement, guichet and compte
 * (letters as digits, D → 4) equals the printed key; the BIC has 8 or 11 characters; the SIRET passes the Luhn check
 * and is the Département's. Each failure is an ERREUR that blocks ordering. Vienne: FR75 3000 1006 39D8 6900 0000 081,
 * clé 81, BIC BDFEFRPPCCT, SIRET 228 600 011 00016 ✓; the IBAN ending in 082 is refused.
 */
public final class CompteBancaireRule {

    public static final String REGLE = "R-PAY-6";
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger QUATRE_VINGT_DIX_SEPT = BigInteger.valueOf(97);

    public record Compte(String iban, String bic, String codeEtablissement, String codeGuichet, String numeroCompte,
            String cleRib, String siret) {
    }

    public List<Constat> verifier(Compte c, String siretDepartement) {
        List<Constat> constats = new ArrayList<>();
        if (!ibanValide(c.iban())) {
            constats.add(erreur("IBAN_INVALIDE", "iban", "compte.constat.iban", c.iban()));
        }
        if (c.codeEtablissement() != null || c.cleRib() != null) {
            Integer cle = cleRib(c.codeEtablissement(), c.codeGuichet(), c.numeroCompte());
            if (cle == null || c.cleRib() == null || !c.cleRib().strip().equals(String.format("%02d", cle))) {
                constats.add(erreur("CLE_RIB_INVALIDE", "cleRib", "compte.constat.rib", c.cleRib(),
                        cle == null ? "?" : String.format("%02d", cle)));
            }
        }
        if (c.bic() == null || !BIC.matcher(c.bic().strip().toUpperCase(Locale.ROOT)).matches()) {
            constats.add(erreur("BIC_INVALIDE", "bic", "compte.constat.bic", c.bic()));
        }
        String siret = chiffres(c.siret());
        if (!siretValide(siret)) {
            constats.add(erreur("SIRET_INVALIDE", "siret", "compte.constat.siret", c.siret()));
        } else if (siretDepartement != null && !siret.equals(chiffres(siretDepartement))) {
            constats.add(erreur("SIRET_DIFFERENT", "siret", "compte.constat.siretDifferent", c.siret(),
                    siretDepartement));
        }
        return constats;
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1. */
    public static boolean ibanValide(String iban) {
        if (iban == null) {
            return false;
        }
        String s = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            return false;
        }
        String reordonne = s.substring(4) + s.substring(0, 4);
        StringBuilder nombre = new StringBuilder();
        for (char ch : reordonne.toCharArray()) {
            nombre.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(nombre.toString()).mod(QUATRE_VINGT_DIX_SEPT).intValue() == 1;
    }

    /** The French RIB key: 97 − ((89 × établissement + 15 × guichet + 3 × compte) mod 97), letters A-I 1-9, J-R 1-9, S-Z 2-9. */
    public static Integer cleRib(String etablissement, String guichet, String compte) {
        try {
            BigInteger b = new BigInteger(lettresEnChiffres(etablissement));
            BigInteger g = new BigInteger(lettresEnChiffres(guichet));
            BigInteger n = new BigInteger(lettresEnChiffres(compte));
            BigInteger somme = b.multiply(BigInteger.valueOf(89)).add(g.multiply(BigInteger.valueOf(15)))
                    .add(n.multiply(BigInteger.valueOf(3)));
            return 97 - somme.mod(QUATRE_VINGT_DIX_SEPT).intValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String lettresEnChiffres(String s) {
        StringBuilder r = new StringBuilder();
        for (char ch : s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isDigit(ch)) {
                r.append(ch);
            } else if (ch >= 'A' && ch <= 'I') {
                r.append(ch - 'A' + 1);
            } else if (ch >= 'J' && ch <= 'R') {
                r.append(ch - 'J' + 1);
            } else if (ch >= 'S' && ch <= 'Z') {
                r.append(ch - 'S' + 2);
            } else {
                throw new IllegalArgumentException("caractère " + ch);
            }
        }
        return r.toString();
    }

    /** 14 digits, Luhn checksum. */
    public static boolean siretValide(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        int somme = 0;
        for (int i = 0; i < 14; i++) {
            int chiffre = siret.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                chiffre *= 2;
                if (chiffre > 9) {
                    chiffre -= 9;
                }
            }
            somme += chiffre;
        }
        return somme % 10 == 0;
    }

    private static String chiffres(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    private static Constat erreur(String code, String colonne, String cle, Object... arguments) {
        return new Constat(code, REGLE, Gravite.ERREUR, null, colonne, null, null, null, null, null, null,
                MessagesConstats.texte(cle, arguments));
    }
}
