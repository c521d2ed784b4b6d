package fr.pacte.importation;

import fr.pacte.shared.Textes;
import fr.pacte.shared.fichier.LimitesFichier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as French Excel writes it: separator {@code ;}, UTF-8 (a BOM is allowed), fields in double quotes when they
 * hold a {@code ;}, a quote or a line break. Blank lines are skipped but counted: a row keeps the number of the
 * physical line it starts on. A file that is not valid UTF-8 is read as Windows-1252, what "CSV (point-virgule)"
 * of a French Excel writes. Records, fields per record and time are bounded by {@link LimitesFichier} (issue 13).
 */
final class LecteurCsv {

    private static final char SEPARATEUR = ';';

    private LecteurCsv() {
    }

    static List<LigneBrute> lire(byte[] contenu, LimitesFichier limites) {
        int lignesMax = limites.lignesMax();
        long echeance = System.nanoTime() + limites.duree().toNanos();
        String texte = decoder(contenu);
        List<LigneBrute> lignes = new ArrayList<>();
        List<Cellule> cellules = new ArrayList<>();
        StringBuilder champ = new StringBuilder();
        int ligne = 1;
        int debut = 1;
        boolean entreGuillemets = false;
        boolean champCite = false;
        int i = 0;
        int debutEnregistrement = 0;
        while (i < texte.length()) {
            // Issue 13: a record (quoted line breaks included) and its fields are bounded, and so is the time.
            if (i - debutEnregistrement > limites.longueurLigneCsvMax()) {
                throw new TableauIllisibleException(Textes.texte("fichier.csv.ligneTropLongue", debut,
                        Textes.entier(limites.longueurLigneCsvMax())));
            }
            if ((i & 0xFFFF) == 0 && System.nanoTime() > echeance) {
                throw new TableauIllisibleException(Textes.texte("fichier.tropLong", limites.duree().toSeconds()));
            }
            char c = texte.charAt(i);
            if (entreGuillemets) {
                if (c == '"') {
                    if (i + 1 < texte.length() && texte.charAt(i + 1) == '"') {
                        champ.append('"');
                        i++;
                    } else {
                        entreGuillemets = false;
                    }
                } else if (c == '\r' || c == '\n') {
                    champ.append('\n');
                    if (c == '\r' && i + 1 < texte.length() && texte.charAt(i + 1) == '\n') {
                        i++;
                    }
                    ligne++;
                } else {
                    champ.append(c);
                }
            } else if (c == '"' && !champCite && champ.toString().isBlank()) {
                champ.setLength(0);
                entreGuillemets = true;
                champCite = true;
            } else if (c == SEPARATEUR) {
                if (cellules.size() + 2 > limites.colonnesMax()) {
                    throw new TableauIllisibleException(Textes.texte("fichier.csv.tropDeColonnes", debut,
                            Textes.entier(limites.colonnesMax())));
                }
                cellules.add(Cellule.texte(champ.toString()));
                champ.setLength(0);
                champCite = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < texte.length() && texte.charAt(i + 1) == '\n') {
                    i++;
                }
                terminer(lignes, cellules, champ, debut, lignesMax);
                cellules = new ArrayList<>();
                champCite = false;
                ligne++;
                debut = ligne;
                debutEnregistrement = i + 1;
            } else {
                champ.append(c);
            }
            i++;
        }
        if (!cellules.isEmpty() || champ.length() > 0) {
            terminer(lignes, cellules, champ, debut, lignesMax);
        }
        return lignes;
    }

    private static void terminer(List<LigneBrute> lignes, List<Cellule> cellules, StringBuilder champ, int numero,
            int lignesMax) {
        cellules.add(Cellule.texte(champ.toString()));
        champ.setLength(0);
        if (!LigneBrute.vide(cellules)) {
            lignes.add(new LigneBrute(numero, List.copyOf(cellules)));
            LecteurTableau.verifierNombreDeLignes(lignes.size(), lignesMax);
        }
    }

    private static String decoder(byte[] contenu) {
        int debut = contenu.length >= 3 && (contenu[0] & 0xFF) == 0xEF && (contenu[1] & 0xFF) == 0xBB
                && (contenu[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer octets = ByteBuffer.wrap(contenu, debut, contenu.length - debut);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(octets).toString();
        } catch (CharacterCodingException e) {
            return new String(contenu, debut, contenu.length - debut, Charset.forName("windows-1252"));
        }
    }
}
