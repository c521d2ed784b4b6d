package fr.pacte.rapport;

import fr.pacte.execution.BilanFinancier;
import fr.pacte.execution.Colonnes;
import fr.pacte.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the "Bilan financier" table as every export lays them out (contracts/execution-rapport.md): one row per
 * fiche and axe, {@code Sous-total axe …} after each axe, {@code Total champ …} after each champ, a last {@code TOTAL}.
 * The same list feeds XLSX, ODS, DOCX, ODT and the PDF's HTML, so that the files cannot disagree.
 */
public final class LignesBilan {

    public enum Genre { FICHE, SOUS_TOTAL, TOTAL_CHAMP, TOTAL }

    public record Rang(Genre genre, String libelle, String champ, String axe, String fiche, String intitule,
            Colonnes prevu, Colonnes execute, BigDecimal taux) {
    }

    private LignesBilan() {
    }

    /** The header of the sheet, in the contract's order. */
    public static List<String> entetes() {
        return List.of("champ", "axe", "fiche", "intitule", "prevuEtat", "prevuDepartement", "prevuAutres",
                "executeEtat", "executeDepartement", "executeAutres", "taux").stream()
                .map(c -> Messages.texte("rapport.xlsx.col." + c)).toList();
    }

    public static List<Rang> rangs(BilanFinancier bilan) {
        List<Rang> rangs = new ArrayList<>();
        for (BilanFinancier.Ligne champ : bilan.champs()) {
            for (BilanFinancier.Ligne axe : bilan.axesDuChamp(champ.champId())) {
                for (BilanFinancier.Ligne f : bilan.fichesDeLAxe(axe.axeId())) {
                    rangs.add(new Rang(Genre.FICHE, null, f.champ(), f.axe(), f.fiche() == null ? "" : f.fiche(),
                            f.intitule(), f.prevu(), f.execute(), f.taux()));
                }
                rangs.add(new Rang(Genre.SOUS_TOTAL, Messages.texte("rapport.xlsx.sousTotal", axe.axe()), axe.champ(),
                        axe.axe(), "", "", axe.prevu(), axe.execute(), axe.taux()));
            }
            rangs.add(new Rang(Genre.TOTAL_CHAMP, Messages.texte("rapport.xlsx.totalChamp", champ.champ()),
                    champ.champ(), "", "", "", champ.prevu(), champ.execute(), champ.taux()));
        }
        BilanFinancier.Ligne t = bilan.total();
        rangs.add(new Rang(Genre.TOTAL, Messages.texte("rapport.xlsx.total"), "", "", "", "", t.prevu(), t.execute(),
                t.taux()));
        return rangs;
    }

    /** The six amounts of a row, in the column order of the header. */
    public static List<BigDecimal> montants(Rang r) {
        return List.of(r.prevu().etat(), r.prevu().departement(), r.prevu().autres(), r.execute().etat(),
                r.execute().departement(), r.execute().autres());
    }

    /** The four text cells: a sub-total or total row carries its label in the first column. */
    public static List<String> textes(Rang r) {
        if (r.genre() == Genre.FICHE) {
            return List.of(r.champ(), r.axe(), r.fiche(), r.intitule());
        }
        return List.of(r.libelle(), r.genre() == Genre.SOUS_TOTAL ? r.axe() : "", "", "");
    }
}
