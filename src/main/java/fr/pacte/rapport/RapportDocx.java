package fr.pacte.rapport;

import fr.pacte.shared.Messages;
import fr.pacte.shared.Montants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The DOCX of a report (POI XWPF), editable: the cover, one heading per axe (Heading1) and per fiche (Heading2) with
 * the action's financial statement, narrative and indicators, the bilan financier table, the synthèse; the footer
 * carries the convention number, the version, the generation date and, once frozen, the SHA-256 of the frozen XLSX.
 */
@Component
class RapportDocx {

    static final String TITRE_AXE = "Heading1";
    static final String TITRE_FICHE = "Heading2";

    byte[] ecrire(ModeleRapport m) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title", 0, 16);
            style(styles, TITRE_AXE, "heading 1", 1, 14);
            style(styles, TITRE_FICHE, "heading 2", 2, 12);
            doc.getProperties().getCoreProperties().setTitle(m.entete().titre());
            paragraphe(doc, "Title", m.entete().titre());
            paragraphe(doc, null, m.entete().conventionNumero() + " — " + m.entete().conventionIntitule());
            paragraphe(doc, null, m.entete().periode());
            if (m.entete().deliberation() != null) {
                paragraphe(doc, null, m.entete().deliberation());
            }
            if (m.entete().transmission() != null) {
                paragraphe(doc, null, m.entete().transmission());
            }
            for (ModeleRapport.AxeRapport axe : m.axes()) {
                paragraphe(doc, TITRE_AXE, axe.titre());
                for (ModeleRapport.FicheRapport f : axe.fiches()) {
                    paragraphe(doc, TITRE_FICHE, f.titre());
                    tableauFiche(doc, f);
                    if (f.justification() != null) {
                        paragraphe(doc, null, Messages.texte("rapport.justification", f.justification()));
                    }
                    paragraphe(doc, null, f.recit() == null ? Messages.texte("rapport.recit.vide") : f.recit());
                    for (ModeleRapport.LigneIndicateur i : f.indicateurs()) {
                        paragraphe(doc, null, indicateur(i));
                    }
                }
            }
            paragraphe(doc, TITRE_AXE, Messages.texte("rapport.section.bilan"));
            tableauBilan(doc, m);
            paragraphe(doc, TITRE_AXE, Messages.texte("rapport.section.synthese"));
            paragraphe(doc, null, m.synthese() == null ? "" : m.synthese());
            XWPFFooter pied = doc.createFooter(HeaderFooterType.DEFAULT);
            pied.createParagraph().createRun().setText(m.entete().pied());
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            doc.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String indicateur(ModeleRapport.LigneIndicateur i) {
        StringBuilder s = new StringBuilder(i.libelle()).append(" — T0 ").append(i.t0());
        for (ModeleRapport.ValeurAnnee v : i.valeurs()) {
            s.append(" ; ").append(Messages.texte("rapport.indicateur.annee", v.annee(), v.cible(), v.resultat()));
        }
        return s.toString();
    }

    private static void tableauFiche(XWPFDocument doc, ModeleRapport.FicheRapport f) {
        XWPFTable t = doc.createTable(3, 5);
        remplir(t.getRow(0), "", Messages.texte("rapport.col.etat"), Messages.texte("rapport.col.departement"),
                Messages.texte("rapport.col.autres"), Messages.texte("rapport.col.total"));
        remplir(t.getRow(1), Messages.texte("rapport.col.prevu"), Montants.format(f.ligne().prevu().etat()),
                Montants.format(f.ligne().prevu().departement()), Montants.format(f.ligne().prevu().autres()),
                Montants.format(f.ligne().prevu().total()));
        remplir(t.getRow(2), Messages.texte("rapport.col.execute"), Montants.format(f.ligne().execute().etat()),
                Montants.format(f.ligne().execute().departement()), Montants.format(f.ligne().execute().autres()),
                Montants.format(f.ligne().execute().total()));
        paragraphe(doc, null, Messages.texte("rapport.taux", f.ligne().taux() == null ? "—"
                : Montants.pourcentage(f.ligne().taux())));
    }

    private static void tableauBilan(XWPFDocument doc, ModeleRapport m) {
        List<LignesBilan.Rang> rangs = LignesBilan.rangs(m.bilan());
        XWPFTable t = doc.createTable(rangs.size() + 1, 11);
        remplir(t.getRow(0), LignesBilan.entetes().toArray(String[]::new));
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
            remplir(t.getRow(i + 1), cellules);
        }
    }

    private static void remplir(XWPFTableRow ligne, String... textes) {
        for (int i = 0; i < textes.length; i++) {
            ligne.getCell(i).setText(textes[i] == null ? "" : textes[i]);
        }
    }

    private static void paragraphe(XWPFDocument doc, String style, String texte) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun run = p.createRun();
        String[] lignes = (texte == null ? "" : texte).split("\n", -1);
        for (int i = 0; i < lignes.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lignes[i]);
        }
    }

    private static void style(XWPFStyles styles, String id, String nom, int niveau, int taille) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        CTString n = CTString.Factory.newInstance();
        n.setVal(nom);
        ct.setName(n);
        CTDecimalNumber priorite = CTDecimalNumber.Factory.newInstance();
        priorite.setVal(BigInteger.valueOf(niveau + 1));
        ct.setUiPriority(priorite);
        ct.setQFormat(CTOnOff.Factory.newInstance());
        if (niveau > 0) {
            CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
            CTDecimalNumber lvl = CTDecimalNumber.Factory.newInstance();
            lvl.setVal(BigInteger.valueOf(niveau - 1));
            ppr.setOutlineLvl(lvl);
            ct.setPPr(ppr);
        }
        var rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(taille * 2L));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }
}
