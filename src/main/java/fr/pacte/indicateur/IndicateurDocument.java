package fr.pacte.indicateur;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of a convention document (contracts/convention.md, {@code indicateurs}): the fiche that carries it (its
 * key; null for a national indicator no fiche carries), its label, scope, unit and values as printed ({@code texte},
 * read by {@link ValeurParser} like the annual entry, FX-19). The other fields keep what the catalogue and the link
 * hold, so that a convention comes back out whole: the catalogue {@code code} (a local indicator shared by two links
 * keeps one code), the value kind {@code type} (inferred from the values when absent), {@code sens}, {@code nature}
 * (FLUX, STOCK, CUMUL), the {@code axe} of a multi-axis fiche, the {@code parent} code of a "dont" sub-indicator, the
 * annexes it is printed in, and the values other places print ({@code declarees}, R-IND-1).
 */
public record IndicateurDocument(String fiche, String libelle, String portee, String unite,
        List<ValeurDocument> valeurs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @JsonInclude(JsonInclude.Include.NON_NULL) String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sens,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nature,
        @JsonInclude(JsonInclude.Include.NON_NULL) String axe,
        @JsonInclude(JsonInclude.Include.NON_NULL) String parent,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sommeDesParties,
        @JsonInclude(JsonInclude.Include.NON_NULL) String territoire,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> annexes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String ficheImprimee,
        @JsonInclude(JsonInclude.Include.NON_NULL) String commentaire,
        @JsonInclude(JsonInclude.Include.NON_NULL) String exemption,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thematique,
        @JsonInclude(JsonInclude.Include.NON_NULL) String champ,
        @JsonInclude(JsonInclude.Include.NON_NULL) String aliases,
        @JsonInclude(JsonInclude.Include.NON_NULL) String numerateur,
        @JsonInclude(JsonInclude.Include.NON_NULL) String denominateur,
        @JsonInclude(JsonInclude.Include.NON_NULL) String definition,
        @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String codeNational,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DeclareeDocument> declarees) {

    public IndicateurDocument {
        valeurs = valeurs == null ? List.of() : List.copyOf(valeurs);
        declarees = declarees == null ? List.of() : List.copyOf(declarees);
    }

    /** Only the fields of the contract: fiche, label, scope, unit and values. */
    public static IndicateurDocument simple(String fiche, String libelle, String portee, String unite,
            List<ValeurDocument> valeurs) {
        return new IndicateurDocument(fiche, libelle, portee, unite, valeurs, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    /** The same indicator with other printed values (the workbook adds those its annexe rows give). */
    public IndicateurDocument avecDeclarees(List<DeclareeDocument> autres) {
        return new IndicateurDocument(fiche, libelle, portee, unite, valeurs, code, type, sens, nature, axe, parent,
                sommeDesParties, territoire, annexes, ficheImprimee, commentaire, exemption, thematique, champ,
                aliases, numerateur, denominateur, definition, source, codeNational, autres);
    }

    /** A value: {@code nature} T0, CIBLE or RESULTAT, its year, the text as printed, and what goes with it. */
    public record ValeurDocument(String nature, Integer annee, String texte,
            @JsonInclude(JsonInclude.Include.NON_NULL) String commentaire,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal numerateur,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal denominateur) {

        public static ValeurDocument de(String nature, int annee, String texte) {
            return new ValeurDocument(nature, annee, texte, null, null, null);
        }
    }

    /** A value printed in another place: {@code annexe} FICHE, ANNEXE_1 or ANNEXE_4 (R-IND-1, FX-17). */
    public record DeclareeDocument(String annexe, String nature, Integer annee, String texte,
            @JsonInclude(JsonInclude.Include.NON_NULL) String source) {
    }
}
