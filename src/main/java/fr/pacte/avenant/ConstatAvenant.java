package fr.pacte.avenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pacte.controle.Gravite;
import java.math.BigDecimal;

/**
 * A finding on an avenant (contracts/avenant.md): {@code AVENANT_TOTAL} per champ × exercice × financeur with
 * {@code objet} MONTANTS or LIGNES, {@code declare} = before + complements, {@code calcule} = after, {@code ecart} =
 * declare − calcule; {@code REPORT_HORS_PERIODE}, {@code REPORT_EXCESSIF}; {@code DOCUMENT_INVALIDE} with the place
 * in the document ({@code chemin}, e.g. {@code lignes[3].axe}). Amounts have two decimals; the message is French.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConstatAvenant(String code, String regle, Gravite gravite, String objet, String chemin, String champ,
        Integer exercice, String financeur, String fiche, BigDecimal declare, BigDecimal calcule, BigDecimal ecart,
        String message) {

    public static ConstatAvenant document(String chemin, String message) {
        return new ConstatAvenant("DOCUMENT_INVALIDE", null, Gravite.ERREUR, null, chemin, null, null, null, null,
                null, null, null, message);
    }

    public boolean erreur() {
        return gravite == Gravite.ERREUR;
    }
}
