package fr.pacte.importation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pacte.controle.ConstatJson;
import fr.pacte.financement.Sommes;
import fr.pacte.importation.ResultatVerification;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of contracts/tableau-financier.md: figures computed from the detail rows, the findings, and for an import
 * {@code enregistre}.
 */
record TableauJson(int lignes, List<String> colonnesIgnorees, TotauxJson totaux, List<AxeJson> axes,
        List<ConstatJson> constats, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean enregistre) {

    static TableauJson de(ResultatVerification resultat, Boolean enregistre) {
        return new TableauJson(resultat.lignes(), resultat.colonnesIgnorees(), TotauxJson.de(resultat.totaux()),
                resultat.axes().stream().map(a -> AxeJson.de(a.axe(), a.sommes())).toList(),
                resultat.constats().stream().map(ConstatJson::de).toList(), enregistre);
    }

    record TotauxJson(BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report,
            BigDecimal total) {

        static TotauxJson de(Sommes s) {
            return new TotauxJson(s.etat(), s.departement(), s.autres(), s.report(), s.total());
        }
    }

    record AxeJson(String axe, BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report,
            BigDecimal total) {

        static AxeJson de(String axe, Sommes s) {
            return new AxeJson(axe, s.etat(), s.departement(), s.autres(), s.report(), s.total());
        }
    }
}
