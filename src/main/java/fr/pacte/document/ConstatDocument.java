package fr.pacte.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pacte.controle.Constat;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;

/**
 * A finding of a convention document in JSON (contracts/convention.md): the money findings in the shape of
 * {@code GET …/controles} (contracts/tableau-financier.md), and {@code DOCUMENT_INVALIDE} for a structural error,
 * with {@code chemin} giving its place ({@code fiches[3].axes[0]}); from a workbook, {@code feuille} and
 * {@code ligne} give the sheet and its row.
 */
public record ConstatDocument(String code, Gravite gravite,
        @JsonInclude(JsonInclude.Include.NON_NULL) String chemin,
        @JsonInclude(JsonInclude.Include.NON_NULL) String feuille,
        Integer ligne, String colonne, BigDecimal declare, BigDecimal calcule, BigDecimal ecart, String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fiche,
        @JsonInclude(JsonInclude.Include.NON_NULL) String axe) {

    public static ConstatDocument invalide(ValidationDocument.Erreur e, PlacesClasseur places) {
        PlacesClasseur.Place place = places == null ? null : places.place(e.chemin()).orElse(null);
        return new ConstatDocument(ValidationDocument.CODE, Gravite.ERREUR, e.chemin(),
                place == null ? null : place.feuille(), place == null ? null : place.ligne(),
                place == null ? null : place.colonne(), null, null, null, e.message(), null, null);
    }

    /** A money finding of the saved convention (its {@code ligne} is null: it is about stored data). */
    public static ConstatDocument de(Constat c) {
        return new ConstatDocument(c.code(), c.gravite(), null, null, c.ligne(), c.colonne(), c.declare(), c.calcule(),
                c.ecart(), c.message(), c.fiche(), c.axe());
    }

    /** A remark of the workbook reader about a row of a sheet (an indicator row matched by its label, FX-18). */
    public static ConstatDocument lecture(String code, Gravite gravite, String feuille, int ligne, String message) {
        return new ConstatDocument(code, gravite, null, feuille, ligne, null, null, null, null, message, null, null);
    }

    public boolean bloquant() {
        return gravite == Gravite.ERREUR && ValidationDocument.CODE.equals(code);
    }
}
