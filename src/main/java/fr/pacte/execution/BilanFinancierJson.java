package fr.pacte.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pacte.controle.ConstatJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * The bilan financier in JSON, exactly the fields of contracts/execution-rapport.md ({@code prevu}, {@code execute},
 * {@code nonConsomme} with {@code etat}, {@code departement}, {@code autres}, {@code report}, {@code total};
 * {@code taux}; {@code constats}) plus the proposed reductions (R-PAY-12). Shared by the bilan and the rapport.
 */
public record BilanFinancierJson(@JsonInclude(JsonInclude.Include.NON_NULL) Integer exercice,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> exercices, int version, List<LigneJson> fiches,
        List<LigneJson> axes, List<LigneJson> champs, TotalJson total, List<ConstatJson> constats,
        List<ReductionJson> reductions) {

    public record LigneJson(String champ, @JsonInclude(JsonInclude.Include.NON_ABSENT) String axe,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) String fiche,
            @JsonInclude(JsonInclude.Include.NON_NULL) String intitule, Colonnes prevu, Colonnes execute,
            Colonnes nonConsomme, BigDecimal taux) {
    }

    public record TotalJson(Colonnes prevu, Colonnes execute, Colonnes nonConsomme, BigDecimal taux) {
    }

    public record ReductionJson(String champ, String fiche, BigDecimal etatPrevu, BigDecimal etatExecute,
            BigDecimal reduction) {
    }

    public static BilanFinancierJson de(BilanFinancier b, boolean unExercice) {
        return new BilanFinancierJson(unExercice ? b.exercices().get(0) : null, unExercice ? null : b.exercices(),
                b.version(),
                b.fiches().stream().map(l -> new LigneJson(l.champ(), l.axe(), l.fiche(), l.intitule(), l.prevu(),
                        l.execute(), l.nonConsomme(), l.taux())).toList(),
                b.axes().stream().map(l -> new LigneJson(l.champ(), l.axe(), null, null, l.prevu(), l.execute(),
                        l.nonConsomme(), l.taux())).toList(),
                b.champs().stream().map(l -> new LigneJson(l.champ(), null, null, null, l.prevu(), l.execute(),
                        l.nonConsomme(), l.taux())).toList(),
                new TotalJson(b.total().prevu(), b.total().execute(), b.total().nonConsomme(), b.total().taux()),
                b.constats().stream().map(ConstatJson::situe).toList(),
                b.reductions().stream().map(r -> new ReductionJson(r.champ(), r.fiche(), r.etatPrevu(),
                        r.etatExecute(), r.montant())).toList());
    }
}
