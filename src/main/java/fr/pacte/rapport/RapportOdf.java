package fr.pacte.rapport;

import fr.pacte.shared.Messages;
import fr.pacte.shared.Montants;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.springframework.stereotype.Component;

/**
 * The State's open formats of a report (ODF Toolkit / ODFDOM, The Document Foundation): an ODS with the same three
 * sheets as the XLSX (amounts as currency cells, not text) and an ODT with one heading per axe (level 1) and per fiche
 * (level 2), the same tables and the narrative. The footer text ends each sheet and the document.
 */
@Component
class RapportOdf {

    /** Amounts shown with two decimals and the euro sign (the spreadsheet's locale gives the separators). */
    static final String FORMAT_MONTANT = "#,##0.00 €";
    static final String FORMAT_TAUX = "0.00 %";

    byte[] ods(ModeleRapport m) {
        try (OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
            OdfTable bilan = doc.getTableList(false).get(0);
            bilan.setTableName(Messages.texte("rapport.xlsx.feuille.bilan"));
            bilan.getOdfElement().setTablePrintAttribute(true);
            List<String> titres = LignesBilan.entetes();
            for (int i = 0; i < titres.size(); i++) {
                bilan.getCellByPosition(i, 0).setStringValue(titres.get(i));
            }
            int n = 1;
            for (LignesBilan.Rang r : LignesBilan.rangs(m.bilan())) {
                List<String> textes = LignesBilan.textes(r);
                for (int i = 0; i < textes.size(); i++) {
                    bilan.getCellByPosition(i, n).setStringValue(textes.get(i));
                }
                List<BigDecimal> montants = LignesBilan.montants(r);
                for (int i = 0; i < montants.size(); i++) {
                    OdfTableCell c = bilan.getCellByPosition(4 + i, n);
                    c.setCurrencyValue(montants.get(i).doubleValue(), "EUR");
                    c.setCurrencyFormat("€", FORMAT_MONTANT);
                    c.setDisplayText(Montants.format(montants.get(i)));
                }
                if (r.taux() != null) {
                    OdfTableCell c = bilan.getCellByPosition(10, n);
                    c.setDoubleValue(r.taux().doubleValue());
                    c.setFormatString(FORMAT_TAUX);
                    c.setDisplayText(Montants.pourcentage(r.taux()));
                }
                n++;
            }
            bilan.getCellByPosition(0, n + 1).setStringValue(m.entete().pied());
            bilan.getColumnByIndex(0).setWidth(40);
            bilan.getColumnByIndex(3).setWidth(90);
            for (int i = 4; i <= 10; i++) {
                bilan.getColumnByIndex(i).setWidth(34);
            }

            OdfTable indicateurs = OdfTable.newTable(doc);
            indicateurs.setTableName(Messages.texte("rapport.xlsx.feuille.indicateurs"));
            int col = 0;
            for (String c : List.of("axe", "fiche", "indicateur", "unite", "t0")) {
                indicateurs.getCellByPosition(col++, 0).setStringValue(Messages.texte("rapport.indicateurs.col." + c));
            }
            for (int annee : m.annees()) {
                indicateurs.getCellByPosition(col++, 0).setStringValue(Messages.texte("rapport.indicateurs.cible", annee));
                indicateurs.getCellByPosition(col++, 0).setStringValue(Messages.texte("rapport.indicateurs.resultat",
                        annee));
            }
            int ligne = 1;
            for (ModeleRapport.LigneIndicateur i : m.indicateurs()) {
                indicateurs.getCellByPosition(0, ligne).setStringValue(i.axe());
                indicateurs.getCellByPosition(1, ligne).setStringValue(i.fiche());
                indicateurs.getCellByPosition(2, ligne).setStringValue(i.libelle());
                indicateurs.getCellByPosition(3, ligne).setStringValue(i.unite() == null ? "" : i.unite());
                indicateurs.getCellByPosition(4, ligne).setStringValue(i.t0());
                int c = 5;
                for (ModeleRapport.ValeurAnnee v : i.valeurs()) {
                    indicateurs.getCellByPosition(c++, ligne).setStringValue(v.cible());
                    indicateurs.getCellByPosition(c++, ligne).setStringValue(v.resultat());
                }
                ligne++;
            }

            OdfTable synthese = OdfTable.newTable(doc);
            synthese.setTableName(Messages.texte("rapport.xlsx.feuille.synthese"));
            int s = 0;
            s = paire(synthese, s, Messages.texte("rapport.synthese.titre"), m.entete().titre());
            s = paire(synthese, s, Messages.texte("rapport.synthese.periode"), m.entete().periode());
            s = paire(synthese, s, Messages.texte("rapport.synthese.texte"), m.synthese() == null ? "" : m.synthese());
            for (ModeleRapport.AxeRapport axe : m.axes()) {
                for (ModeleRapport.FicheRapport f : axe.fiches()) {
                    if (f.recit() != null) {
                        s = paire(synthese, s, f.titre(), f.recit());
                    }
                }
            }
            paire(synthese, s, Messages.texte("rapport.synthese.pied"), m.entete().pied());
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            doc.save(sortie);
            return sortie.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("ODS non généré", e);
        }
    }

    private static int paire(OdfTable t, int n, String cle, String valeur) {
        t.getCellByPosition(0, n).setStringValue(cle);
        t.getCellByPosition(1, n).setStringValue(valeur == null ? "" : valeur);
        return n + 1;
    }

    byte[] odt(ModeleRapport m) {
        try (OdfTextDocument doc = OdfTextDocument.newTextDocument()) {
            OfficeTextElement racine = doc.getContentRoot();
            titre(racine, 1, m.entete().titre());
            doc.newParagraph(m.entete().conventionNumero() + " — " + m.entete().conventionIntitule());
            doc.newParagraph(m.entete().periode());
            if (m.entete().deliberation() != null) {
                doc.newParagraph(m.entete().deliberation());
            }
            if (m.entete().transmission() != null) {
                doc.newParagraph(m.entete().transmission());
            }
            for (ModeleRapport.AxeRapport axe : m.axes()) {
                titre(racine, 1, axe.titre());
                for (ModeleRapport.FicheRapport f : axe.fiches()) {
                    titre(racine, 2, f.titre());
                    OdfTable t = OdfTable.newTable(doc, 3, 5);
                    remplir(t, 0, "", Messages.texte("rapport.col.etat"), Messages.texte("rapport.col.departement"),
                            Messages.texte("rapport.col.autres"), Messages.texte("rapport.col.total"));
                    remplir(t, 1, Messages.texte("rapport.col.prevu"), Montants.format(f.ligne().prevu().etat()),
                            Montants.format(f.ligne().prevu().departement()),
                            Montants.format(f.ligne().prevu().autres()), Montants.format(f.ligne().prevu().total()));
                    remplir(t, 2, Messages.texte("rapport.col.execute"), Montants.format(f.ligne().execute().etat()),
                            Montants.format(f.ligne().execute().departement()),
                            Montants.format(f.ligne().execute().autres()),
                            Montants.format(f.ligne().execute().total()));
                    doc.newParagraph(Messages.texte("rapport.taux", f.ligne().taux() == null ? "—"
                            : Montants.pourcentage(f.ligne().taux())));
                    if (f.justification() != null) {
                        doc.newParagraph(Messages.texte("rapport.justification", f.justification()));
                    }
                    doc.newParagraph(f.recit() == null ? Messages.texte("rapport.recit.vide") : f.recit());
                    for (ModeleRapport.LigneIndicateur i : f.indicateurs()) {
                        doc.newParagraph(RapportDocx.indicateur(i));
                    }
                }
            }
            titre(racine, 1, Messages.texte("rapport.section.bilan"));
            List<LignesBilan.Rang> rangs = LignesBilan.rangs(m.bilan());
            OdfTable t = OdfTable.newTable(doc, rangs.size() + 1, 11);
            remplir(t, 0, LignesBilan.entetes().toArray(String[]::new));
            for (int i = 0; i < rangs.size(); i++) {
                LignesBilan.Rang r = rangs.get(i);
                String[] cellules = new String[11];
                List<String> textes = LignesBilan.textes(r);
                for (int c = 0; c < 4; c++) {
                    cellules[c] = textes.get(c);
                }
                List<BigDecimal> montants = LignesBilan.montants(r);
                for (int c = 0; c < 6; c++) {
                    cellules[4 + c] = Montants.format(montants.get(c));
                }
                cellules[10] = r.taux() == null ? "" : Montants.pourcentage(r.taux());
                remplir(t, i + 1, cellules);
            }
            titre(racine, 1, Messages.texte("rapport.section.synthese"));
            doc.newParagraph(m.synthese() == null ? "" : m.synthese());
            TextPElement pied = doc.newParagraph(m.entete().pied());
            pied.setTextStyleNameAttribute("Footer");
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            doc.save(sortie);
            return sortie.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("ODT non généré", e);
        }
    }

    private static void titre(OfficeTextElement racine, int niveau, String texte) {
        TextHElement h = racine.newTextHElement(niveau);
        h.setTextStyleNameAttribute("Heading_20_" + niveau);
        h.setTextContent(texte);
    }

    private static void remplir(OdfTable t, int ligne, String... textes) {
        for (int i = 0; i < textes.length; i++) {
            t.getCellByPosition(i, ligne).setStringValue(textes[i] == null ? "" : textes[i]);
        }
    }
}
