package fr.pacte.territoire;

import java.util.Comparator;

/**
 * The order of the Code officiel géographique: 01…19, 2A, 2B, 21…95, 971…976. Plain string order does it once
 * the two Corse codes sort as "20A" and "20B"; the fictional codes of the demo ("99", "DEMO") come last.
 */
final class Territoires {

    static final Comparator<String> ORDRE_INSEE = Comparator.comparing(
            code -> switch (code) {
                case "2A" -> "20A";
                case "2B" -> "20B";
                default -> code;
            });

    private Territoires() {
    }
}
