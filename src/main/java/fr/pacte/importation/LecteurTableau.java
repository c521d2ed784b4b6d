package fr.pacte.importation;

import fr.pacte.financement.rules.MessagesConstats;
import fr.pacte.shared.fichier.LimitesFichier;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of the reading of a tableau financier file (contracts/tableau-financier.md): XLSX when the content is
 * a ZIP package, CSV otherwise; at most 5 MB and 5 000 rows, and every other bound of {@link LimitesFichier#TABLEAU}
 * (issue 13: a hostile file is refused in milliseconds); a file that cannot be read at all throws
 * {@link TableauIllisibleException} with a French message.
 */
public final class LecteurTableau {

    /** The bounds of a tableau financier file, and of an execution file in the same format (issue 13). */
    public static final LimitesFichier LIMITES = LimitesFichier.TABLEAU;
    public static final int TAILLE_MAX = LIMITES.octetsMax();
    public static final int LIGNES_MAX = LIMITES.lignesMax() - 1;

    private LecteurTableau() {
    }

    public static TableauLu lire(byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            throw new TableauIllisibleException(message("tableau.fichier.vide"));
        }
        if (contenu.length > TAILLE_MAX) {
            throw new TableauIllisibleException(message("tableau.tropGros", taille(contenu.length)));
        }
        List<LigneBrute> lignes = switch (format(contenu)) {
            case XLSX -> LecteurXlsx.lire(contenu, LIMITES);
            case CSV -> LecteurCsv.lire(contenu, LIMITES);
        };
        return InterpreteTableau.interpreter(lignes);
    }

    private enum Format { CSV, XLSX }

    private static Format format(byte[] contenu) {
        if (commencePar(contenu, 0x50, 0x4B, 0x03, 0x04)) {
            return Format.XLSX;
        }
        if (commencePar(contenu, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new TableauIllisibleException(message("tableau.xls"));
        }
        int fin = Math.min(contenu.length, 8192);
        for (int i = 0; i < fin; i++) {
            if (contenu[i] == 0) {
                throw new TableauIllisibleException(message("tableau.format"));
            }
        }
        if (commencePar(contenu, '%', 'P', 'D', 'F') || commencePar(contenu, 0x50, 0x4B)) {
            throw new TableauIllisibleException(message("tableau.format"));
        }
        return Format.CSV;
    }

    private static boolean commencePar(byte[] contenu, int... octets) {
        if (contenu.length < octets.length) {
            return false;
        }
        for (int i = 0; i < octets.length; i++) {
            if ((contenu[i] & 0xFF) != octets[i]) {
                return false;
            }
        }
        return true;
    }

    static void verifierNombreDeLignes(int lignes, int maximum) {
        if (lignes > maximum) {
            throw new TableauIllisibleException(message("tableau.tropDeLignes"));
        }
    }

    static String message(String cle, Object... arguments) {
        return MessagesConstats.texte(cle, arguments);
    }

    private static String taille(long octets) {
        return String.format(Locale.FRANCE, "%.1f Mo", octets / (1024.0 * 1024.0));
    }
}
