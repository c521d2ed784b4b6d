package fr.pacte.avenant.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.pacte.avenant.ComparaisonAvenant;
import fr.pacte.avenant.ConstatAvenant;
import fr.pacte.financement.ComparaisonVersions;
import fr.pacte.financement.Sommes;
import java.math.BigDecimal;
import java.util.List;

/** The comparison of contracts/avenant.md, field for field. */
record ComparaisonJson(int numero, String statut, List<MontantJson> montantsConventionnels, List<AxeJson> axes,
        List<ChampJson> champs, List<LigneJson> lignes, List<FicheJson> fiches, List<ReportJson> reports,
        List<ConstatAvenant> constats) {

    record MontantJson(String champ, String axe, int exercice, String financeur, BigDecimal avant, BigDecimal apres,
            BigDecimal ecart) {
    }

    record ColonnesJson(BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report,
            BigDecimal total) {

        static ColonnesJson de(Sommes s) {
            return new ColonnesJson(s.etat(), s.departement(), s.autres(), s.report(), s.total());
        }

        static ColonnesJson ecart(Sommes avant, Sommes apres) {
            return new ColonnesJson(apres.etat().subtract(avant.etat()),
                    apres.departement().subtract(avant.departement()), apres.autres().subtract(avant.autres()),
                    apres.report().subtract(avant.report()), apres.total().subtract(avant.total()));
        }
    }

    record AxeJson(String champ, String axe, int exercice, ColonnesJson avant, ColonnesJson apres,
            ColonnesJson ecart) {
    }

    record ChampJson(String champ, int exercice, ColonnesJson avant, ColonnesJson apres, ColonnesJson ecart) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LigneJson(String fiche, String champ, String axe, int exercice, String financeur, String organisme,
            String nature, BigDecimal avant, BigDecimal apres, BigDecimal ecart) {
    }

    record ModificationJson(String champ, String avant, String apres) {
    }

    record FicheJson(String cle, boolean nouvelle, List<ModificationJson> modifications) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportJson(String champ, String fiche, String financeur, int exerciceOrigine, int exerciceDestination,
            BigDecimal montant) {
    }

    static ComparaisonJson de(ComparaisonAvenant.Comparaison c) {
        ComparaisonVersions.Difference d = c.difference();
        return new ComparaisonJson(c.avenant().getNumero(), c.avenant().getStatut().name(),
                d.montants().stream().map(m -> new MontantJson(m.champ(), m.axe(), m.cle().exercice(),
                        m.cle().financeur().name(), m.avant(), m.apres(), m.ecart())).toList(),
                d.axes().stream().map(a -> new AxeJson(a.champ(), a.axe(), a.exercice(), ColonnesJson.de(a.avant()),
                        ColonnesJson.de(a.apres()), ColonnesJson.ecart(a.avant(), a.apres()))).toList(),
                d.champs().stream().map(x -> new ChampJson(x.champ(), x.exercice(), ColonnesJson.de(x.avant()),
                        ColonnesJson.de(x.apres()), ColonnesJson.ecart(x.avant(), x.apres()))).toList(),
                d.lignes().stream().map(l -> new LigneJson(l.fiche(), l.fiche() == null ? l.champ() : null, l.axe(),
                        l.cle().exercice(), l.cle().financeur().name(), l.cle().organisme(), l.cle().nature().name(),
                        l.avant(), l.apres(), l.ecart())).toList(),
                c.fiches().stream().map(f -> new FicheJson(f.cle(), f.nouvelle(), f.modifications().stream()
                        .map(m -> new ModificationJson(m.champ(), m.avant(), m.apres())).toList())).toList(),
                c.reports().stream().map(r -> new ReportJson(r.champ(), r.fiche(), r.financeur().name(),
                        r.exerciceOrigine(), r.exerciceDestination(), r.montant())).toList(),
                c.constats());
    }
}
