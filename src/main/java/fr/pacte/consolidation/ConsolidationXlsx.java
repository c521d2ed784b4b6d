package fr.pacte.consolidation;

import fr.pacte.consolidation.Consolidation.BlocRegion;
import fr.pacte.consolidation.Consolidation.ConventionConsolidee;
import fr.pacte.consolidation.Consolidation.LigneDepartement;
import fr.pacte.consolidation.rules.IndicateursComptesRule.SommeIndicateur;
import fr.pacte.shared.Messages;
import fr.pacte.shared.fichier.StylesClasseur;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The XLSX of the consolidation (M16), Apache POI as the rapport's (rapport/RapportXlsx): one sheet, one row per
 * Département, a sub-total row per région and a national total row, then the national indicators summed where they
 * are counts. Amount cells are numbers shown {@code 1 132 241,00 €}, rates {@code 104,95 %}; totals are the values
 * the page shows (computed by {@link Chiffres#plus}, not spreadsheet formulas), so that both always agree.
 */
@Component
public class ConsolidationXlsx {

    /** The header keys, in column order (consolidation.col.*). */
    static final List<String> COLONNES = List.of("region", "code", "departement", "conventions", "statut",
            "enveloppeEtat", "lignesEtat", "ecart", "partDepartementMontant", "parite", "partDepartement",
            "tauxExecution", "versementsExigibles", "versementsOrdonnances", "versementsPayes", "rapportsDus",
            "rapportsEnRetard");

    public byte[] ecrire(Consolidation c) {
        try (SXSSFWorkbook classeur = new SXSSFWorkbook(200)) {
            StylesClasseur s = new StylesClasseur(classeur);
            Sheet feuille = classeur.createSheet(Messages.texte("consolidation.xlsx.feuille", c.exercice()));
            int n = 0;
            cellule(feuille.createRow(n++), 0, Messages.texte(c.nationale() ? "consolidation.titre.nationale"
                    : "consolidation.titre", String.valueOf(c.exercice())), s.gras);
            n++;
            Row entete = feuille.createRow(n++);
            for (int i = 0; i < COLONNES.size(); i++) {
                cellule(entete, i, Messages.texte("consolidation.col." + COLONNES.get(i)), s.entete);
            }
            for (BlocRegion r : c.regions()) {
                for (LigneDepartement d : r.departements()) {
                    Row ligne = feuille.createRow(n++);
                    cellule(ligne, 0, r.nom(), null);
                    cellule(ligne, 1, d.code(), null);
                    cellule(ligne, 2, d.nom(), null);
                    cellule(ligne, 3, d.sansConvention() ? Messages.texte("consolidation.aucuneConvention")
                            : d.conventions().stream().map(ConventionConsolidee::numero)
                                    .collect(Collectors.joining(", ")), null);
                    cellule(ligne, 4, d.conventions().stream()
                            .map(v -> Messages.texte("convention.statut." + v.statut()))
                            .collect(Collectors.joining(", ")), null);
                    chiffres(ligne, d.total(), s, false);
                }
                Row sousTotal = feuille.createRow(n++);
                cellule(sousTotal, 0, Messages.texte("consolidation.totalRegion", r.nom()), s.gras);
                cellule(sousTotal, 3, Messages.texte("consolidation.nombreConventions", r.nombreConventions()), s.gras);
                chiffres(sousTotal, r.total(), s, true);
            }
            if (c.nationale()) {
                Row total = feuille.createRow(n++);
                cellule(total, 0, Messages.texte("consolidation.totalNational"), s.gras);
                cellule(total, 3, Messages.texte("consolidation.nombreConventions", c.nombreConventions()), s.gras);
                chiffres(total, c.total(), s, true);
            }
            n = indicateurs(feuille, n + 1, c, s);
            feuille.setColumnWidth(0, 24 * 256);
            feuille.setColumnWidth(2, 22 * 256);
            feuille.setColumnWidth(3, 26 * 256);
            for (int i = 5; i < COLONNES.size(); i++) {
                feuille.setColumnWidth(i, 17 * 256);
            }
            feuille.createFreezePane(3, 3);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            classeur.write(sortie);
            classeur.dispose();
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chiffres(Row ligne, Chiffres c, StylesClasseur s, boolean gras) {
        int i = 5;
        montant(ligne, i++, c.enveloppeEtat(), gras ? s.montantGras : s.montant);
        montant(ligne, i++, c.lignesEtat(), gras ? s.montantGras : s.montant);
        montant(ligne, i++, c.ecartEnveloppe(), gras ? s.montantGras : s.montant);
        montant(ligne, i++, c.departement(), gras ? s.montantGras : s.montant);
        montant(ligne, i++, c.parite(), gras ? s.tauxGras : s.taux);
        montant(ligne, i++, c.partDepartement(), gras ? s.tauxGras : s.taux);
        montant(ligne, i++, c.tauxExecution(), gras ? s.tauxGras : s.taux);
        montant(ligne, i++, c.versementsExigibles(), gras ? s.montantGras : s.montant);
        montant(ligne, i++, c.versementsOrdonnances(), gras ? s.montantGras : s.montant);
        montant(ligne, i++, c.versementsPayes(), gras ? s.montantGras : s.montant);
        ligne.createCell(i++).setCellValue(c.rapportsDus());
        ligne.createCell(i).setCellValue(c.rapportsEnRetard());
    }

    /** The national indicators that are counts, per région then for the country (M16: never a rate). */
    private static int indicateurs(Sheet feuille, int n, Consolidation c, StylesClasseur s) {
        cellule(feuille.createRow(n++), 0, Messages.texte("consolidation.indicateurs.titre"), s.gras);
        Row entete = feuille.createRow(n++);
        List<String> colonnes = List.of("region", "code", "libelle", "unite", "cible", "resultat", "departements");
        for (int i = 0; i < colonnes.size(); i++) {
            cellule(entete, i, Messages.texte("consolidation.indicateurs.col." + colonnes.get(i)), s.entete);
        }
        for (BlocRegion r : c.regions()) {
            n = indicateurs(feuille, n, r.nom(), r.indicateurs());
        }
        if (c.nationale()) {
            n = indicateurs(feuille, n, Messages.texte("consolidation.totalNational"), c.indicateurs());
        }
        return n;
    }

    private static int indicateurs(Sheet feuille, int n, String lieu, List<SommeIndicateur> sommes) {
        for (SommeIndicateur i : sommes) {
            Row ligne = feuille.createRow(n++);
            cellule(ligne, 0, lieu, null);
            cellule(ligne, 1, i.code(), null);
            cellule(ligne, 2, i.libelle(), null);
            cellule(ligne, 3, i.unite(), null);
            montant(ligne, 4, i.cible(), null);
            montant(ligne, 5, i.resultat(), null);
            ligne.createCell(6).setCellValue(Math.max(i.departementsCible(), i.departementsResultat()));
        }
        return n;
    }

    private static void montant(Row ligne, int i, BigDecimal valeur, CellStyle style) {
        Cell c = ligne.createCell(i);
        if (valeur != null) {
            c.setCellValue(valeur.doubleValue());
            if (style != null) {
                c.setCellStyle(style);
            }
        }
    }

    private static void cellule(Row ligne, int i, String valeur, CellStyle style) {
        Cell c = ligne.createCell(i);
        c.setCellValue(valeur == null ? "" : valeur);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
