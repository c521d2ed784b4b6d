package fr.pacte.shared.fichier;

import java.time.Duration;

/**
 * The limits of an uploaded file, in one place (issue 13, item 1). A 1.6 kB XLSX with one merged region
 * {@code A3:XFD1048576} used to exhaust the heap: every bound below is checked while the file is streamed, so that a
 * hostile file is refused in a few milliseconds and a legitimate one of the contracts' size is read whole.
 *
 * @param octetsMax              size of the uploaded file (5 MB, contracts/tableau-financier.md)
 * @param entreesZipMax          entries of the XLSX package (a workbook has about 10 to 30)
 * @param octetsPartieMax        uncompressed bytes of one XML part (a sheet, the shared strings, the styles)
 * @param octetsDecompressesMax  uncompressed bytes of all parts read, together; POI's ratio check
 *                               ({@code ZipSecureFile}: at most 100 times the compressed size) applies as well
 * @param feuillesMax            sheets listed in the workbook
 * @param lignesMax              non-empty rows of one sheet (header included) or records of a CSV
 * @param colonnesMax            columns: a value at or beyond column {@code colonnesMax} (256 = column IW) is refused
 * @param cellulesMax            cells holding a value, over the whole file
 * @param fusionsMax             merged regions of one sheet (never expanded: only data cells inherit their text)
 * @param chainesPartageesMax    entries of the shared strings table
 * @param caracteresCelluleMax   characters of one cell (32 767, Excel's own limit) or one CSV field
 * @param caracteresMax          characters of all texts read, together
 * @param longueurLigneCsvMax    characters of one CSV record (quoted line breaks included)
 * @param duree                  time budget of one read: a file that takes longer is refused, whatever the cause
 */
public record LimitesFichier(int octetsMax, int entreesZipMax, long octetsPartieMax, long octetsDecompressesMax,
        int feuillesMax, int lignesMax, int colonnesMax, int cellulesMax, int fusionsMax, int chainesPartageesMax,
        int caracteresCelluleMax, long caracteresMax, int longueurLigneCsvMax, Duration duree) {

    private static final int MO = 1024 * 1024;

    /**
     * A tableau financier, and an execution file in the same format (contracts/tableau-financier.md,
     * contracts/execution-rapport.md): 5 MB, 5 000 rows plus the header, first sheet only.
     */
    public static final LimitesFichier TABLEAU = new LimitesFichier(5 * MO, 500, 32L * MO, 64L * MO, 64, 5_001, 256,
            250_000, 10_000, 250_000, 32_767, 16_000_000L, 100_000, Duration.ofSeconds(5));

    /**
     * A convention workbook (contracts/convention.md: sheets Convention, Champs, Axes, Fiches, Montants, Lignes,
     * Declares, Indicateurs): the same file size, more rows per sheet and cells in all.
     */
    public static final LimitesFichier CLASSEUR_CONVENTION = new LimitesFichier(5 * MO, 500, 32L * MO, 96L * MO, 64,
            20_001, 256, 500_000, 10_000, 500_000, 32_767, 32_000_000L, 100_000, Duration.ofSeconds(8));

    public LimitesFichier avecLignesMax(int lignes) {
        return new LimitesFichier(octetsMax, entreesZipMax, octetsPartieMax, octetsDecompressesMax, feuillesMax,
                lignes, colonnesMax, cellulesMax, fusionsMax, chainesPartageesMax, caracteresCelluleMax, caracteresMax,
                longueurLigneCsvMax, duree);
    }

    public LimitesFichier avecDuree(Duration budget) {
        return new LimitesFichier(octetsMax, entreesZipMax, octetsPartieMax, octetsDecompressesMax, feuillesMax,
                lignesMax, colonnesMax, cellulesMax, fusionsMax, chainesPartageesMax, caracteresCelluleMax,
                caracteresMax, longueurLigneCsvMax, budget);
    }
}
