package fr.pacte.financement.api;

import fr.pacte.convention.ConventionService;
import fr.pacte.convention.SelecteurVersion;
import fr.pacte.financement.Sommes;
import fr.pacte.financement.TableauFinancier;
import fr.pacte.financement.TableauFinancierService;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/conventions/{id}/tableau-financier")
class TableauFinancierApiController {

    private final ConventionService conventions;
    private final TableauFinancierService tableaux;

    TableauFinancierApiController(ConventionService conventions, TableauFinancierService tableaux) {
        this.conventions = conventions;
        this.tableaux = tableaux;
    }

    @GetMapping
    @Operation(summary = "Tableau financier d'un exercice (annexe 2) : sommes calculées par champ, par axe ou volet, "
            + "et chaque ligne de fiche (une fiche sur plusieurs axes apparaît une fois par axe)")
    TableauJson tableau(@PathVariable Long id, @RequestParam int annee, SelecteurVersion selecteur) {
        TableauFinancier tableau = tableaux.tableau(conventions.lire(id, selecteur), annee);
        return new TableauJson(tableau.annee(), tableau.champs().stream().map(TableauFinancierApiController::champ).toList(),
                TotauxJson.de(tableau.totaux()));
    }

    private static ChampJson champ(TableauFinancier.BlocChamp champ) {
        Sommes s = champ.totaux();
        return new ChampJson(champ.code(), champ.libelle(), champ.axes().stream().map(TableauFinancierApiController::axe).toList(),
                s.etat(), s.departement(), s.autres(), s.report(), s.total());
    }

    private static AxeJson axe(TableauFinancier.BlocAxe axe) {
        Sommes s = axe.totaux();
        return new AxeJson(axe.type(), axe.numero(), axe.libelle(),
                axe.lignes().stream().map(TableauFinancierApiController::ligne).toList(),
                s.etat(), s.departement(), s.autres(), s.report(), s.total(), axe.parent());
    }

    private static LigneJson ligne(TableauFinancier.Ligne ligne) {
        Sommes s = ligne.montants();
        return new LigneJson(ligne.fiche(), ligne.intitule(), s.etat(), s.departement(), s.dontValorisation(), s.autres(),
                s.report(), s.total());
    }

    record TableauJson(int annee, List<ChampJson> champs, TotauxJson totaux) {
    }

    record ChampJson(String code, String libelle, List<AxeJson> axes, BigDecimal etat, BigDecimal departement,
            BigDecimal autres, BigDecimal report, BigDecimal total) {
    }

    /** An axe and its sous-total (its rows and its children's); {@code parent} only for an axe of a tree. */
    record AxeJson(String type, String numero, String libelle, List<LigneJson> lignes, BigDecimal etat,
            BigDecimal departement, BigDecimal autres, BigDecimal report, BigDecimal total,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String parent) {
    }

    record LigneJson(String fiche, String intitule, BigDecimal etat, BigDecimal departement,
            BigDecimal dontValorisation, BigDecimal autres, BigDecimal report, BigDecimal total) {
    }

    record TotauxJson(BigDecimal etat, BigDecimal departement, BigDecimal autres, BigDecimal report, BigDecimal total) {

        static TotauxJson de(Sommes s) {
            return new TotauxJson(s.etat(), s.departement(), s.autres(), s.report(), s.total());
        }
    }
}
