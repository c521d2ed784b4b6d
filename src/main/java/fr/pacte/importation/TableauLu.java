package fr.pacte.importation;

import fr.pacte.financement.rules.TableauSaisi;
import java.util.List;
import java.util.Map;

/**
 * A tableau financier read from a file: its detail and declared rows, the header columns that were not recognised
 * ({@code colonnesIgnorees}, as written) and, when the file has an {@code Année} column, the year printed on each
 * detail row, by line number.
 */
public record TableauLu(TableauSaisi tableau, List<String> colonnesIgnorees, Map<Integer, String> annees) {

    public TableauLu {
        colonnesIgnorees = List.copyOf(colonnesIgnorees);
        annees = Map.copyOf(annees);
    }
}
