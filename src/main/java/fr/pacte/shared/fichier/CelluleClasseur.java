package fr.pacte.shared.fichier;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell of a sheet, as Excel shows it and as it is stored.
 *
 * @param type    what the cell holds; a formula gives its cached result
 * @param texte   the text as the user sees it: a string, or a number or date formatted by the cell's format (French
 *                locale), {@code VRAI}/{@code FAUX}, an error such as {@code #DIV/0!}
 * @param brut    for {@link Type#NOMBRE} and {@link Type#DATE}, the stored value ({@code 93507.1}, at most 64
 *                characters); null otherwise
 * @param heritee for a cell inside a merged region (not its first cell), the text of the region's first cell; only
 *                cells of rows that hold data inherit it, a merged region is never expanded beyond them
 * @param date1904 the workbook counts dates from 1904 (Mac Excel)
 */
public record CelluleClasseur(Type type, String texte, String brut, String heritee, boolean date1904) {

    /** The kind of value. */
    public enum Type { VIDE, TEXTE, NOMBRE, DATE, BOOLEEN, ERREUR }

    public static final CelluleClasseur VIDE = new CelluleClasseur(Type.VIDE, "", null, null, false);

    /** True when the cell shows nothing (no value, or only spaces). */
    public boolean vide() {
        return type == Type.VIDE || (type == Type.TEXTE && texte.isBlank());
    }

    /** The stored number of a {@link Type#NOMBRE} or {@link Type#DATE} cell. */
    public double nombre() {
        if (brut == null) {
            throw new IllegalStateException("Cellule sans valeur numérique : " + type);
        }
        return Double.parseDouble(brut);
    }

    /** The date of a {@link Type#DATE} cell (a number under a date format). */
    public Optional<LocalDateTime> date() {
        return type == Type.DATE && brut != null ? Optional.ofNullable(DateUtil.getLocalDateTime(nombre(), date1904))
                : Optional.empty();
    }

    /** The own text, or the text of the merged region it belongs to. */
    public String texteOuHerite() {
        return texte.isBlank() && heritee != null ? heritee : texte;
    }

    CelluleClasseur heritant(String texteRegion) {
        return new CelluleClasseur(type, texte, brut, texteRegion, date1904);
    }
}
