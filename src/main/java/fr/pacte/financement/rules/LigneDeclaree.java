package fr.pacte.financement.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A printed sub-total or total row and the detail rows it declares the sum of (R-FIN-2, R-FIN-3, R-IMP-2).
 *
 * @param sujet     the group in words for messages: "de l'axe 3", "de la section « Volet 2 »"
 * @param couvertes the detail rows it covers (every detail row for a grand total)
 * @param declares  printed figures; a column absent from the map was not printed and is not compared
 */
public record LigneDeclaree(int ligne, Genre genre, String sujet, List<LigneDetail> couvertes,
        Map<Colonne, BigDecimal> declares, Map<Colonne, String> illisibles) {

    public enum Genre {
        /** "Sous total", "S/total", or a total whose Axe cell names axes. */
        SOUS_TOTAL,
        /** "TOTAL VOLET 2" with its Section cell filled: every detail row of the section. */
        TOTAL_SECTION,
        /** "TOTAL FINANCIER", "Total général": every detail row. */
        TOTAL_GENERAL
    }

    public LigneDeclaree {
        couvertes = List.copyOf(couvertes);
        declares = Map.copyOf(declares);
        illisibles = Map.copyOf(illisibles);
    }
}
