package fr.pacte.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each part of a document read from a workbook came from: {@code fiches[3]} is row 6 of the sheet Fiches, so a
 * structural error of {@code fiches[3].axes[0]} is shown with its sheet and row, as the tableau import does.
 */
public final class PlacesClasseur {

    /** A sheet, its row, and the column header when known. */
    public record Place(String feuille, int ligne, String colonne) {
    }

    private final Map<String, Place> places = new LinkedHashMap<>();

    void noter(String chemin, String feuille, int ligne) {
        places.put(chemin, new Place(feuille, ligne, null));
    }

    /** The place of a path, or of the nearest part that holds it ({@code fiches[3].axes[0]} → {@code fiches[3]}). */
    public Optional<Place> place(String chemin) {
        String c = chemin;
        while (c != null && !c.isEmpty()) {
            Place p = places.get(c);
            if (p != null) {
                return Optional.of(p);
            }
            int coupure = Math.max(c.lastIndexOf('.'), c.lastIndexOf('['));
            c = coupure <= 0 ? null : c.substring(0, coupure);
        }
        return Optional.empty();
    }
}
