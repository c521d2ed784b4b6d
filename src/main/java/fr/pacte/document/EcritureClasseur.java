package fr.pacte.document;

import static fr.pacte.document.ColonnesClasseur.*;

import fr.pacte.indicateur.IndicateurDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a convention document as its workbook (contracts/convention.md): one sheet per part, a header row, amounts
 * as numbers with two decimals, exercices as numbers, dates as dates, indicator values as printed (T0, then cible
 * and résultat per exercice). {@link LectureClasseur} reads it back to the same document.
 */
final class EcritureClasseur {

    private final Workbook classeur = new XSSFWorkbook();
    private final CellStyle entete;
    private final CellStyle montant;
    private final CellStyle date;
    private final CellStyle texte;

    private EcritureClasseur() {
        Font gras = classeur.createFont();
        gras.setBold(true);
        entete = classeur.createCellStyle();
        entete.setFont(gras);
        entete.setWrapText(true);
        CreationHelper aide = classeur.getCreationHelper();
        montant = classeur.createCellStyle();
        montant.setDataFormat(aide.createDataFormat().getFormat("#,##0.00"));
        date = classeur.createCellStyle();
        date.setDataFormat(aide.createDataFormat().getFormat("dd/mm/yyyy"));
        texte = classeur.createCellStyle();
        texte.setDataFormat(aide.createDataFormat().getFormat("@"));
    }

    static byte[] ecrire(DocumentConvention d) {
        EcritureClasseur e = new EcritureClasseur();
        e.convention(d);
        e.champs(d);
        e.axes(d);
        e.fiches(d);
        e.montants(d);
        e.lignes(d);
        e.declares(d);
        e.indicateurs(d);
        try (Workbook w = e.classeur; ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            w.write(sortie);
            return sortie.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void convention(DocumentConvention d) {
        Sheet s = feuille(CONVENTION, List.of(RUBRIQUE, VALEUR));
        DocumentConvention.Deliberation del = d.deliberation();
        Map<Colonne, Object> v = new LinkedHashMap<>();
        v.put(NUMERO, d.numero());
        v.put(NUMERO_ETAT, d.numeroEtat());
        v.put(INTITULE, d.intitule());
        v.put(TYPE, d.type());
        v.put(DEPARTEMENT, d.departement());
        v.put(DEBUT, jour(d.debut()));
        v.put(FIN, jour(d.fin()));
        v.put(ALIAS_CONVENTION, d.aliases());
        v.put(ORGANE, del == null ? null : del.organe());
        v.put(NUMERO_DELIBERATION, del == null ? null : del.numero());
        v.put(DATE_SEANCE, del == null ? null : jour(del.dateSeance()));
        v.put(POUR, del == null ? null : del.pour());
        v.put(CONTRE, del == null ? null : del.contre());
        v.put(ABSTENTIONS, del == null ? null : del.abstentions());
        v.put(PRESENTS, del == null ? null : del.presents());
        v.put(REPRESENTES, del == null ? null : del.representes());
        v.put(NE_PRENNENT_PAS_PART, del == null ? null : del.nePrennentPasPart());
        v.put(DATE_TRANSMISSION, del == null ? null : jour(del.dateTransmission()));
        v.put(DATE_PUBLICATION, del == null ? null : jour(del.datePublication()));
        v.put(TITRE, del == null ? null : del.titre());
        v.put(DATE_CONVOCATION, del == null ? null : jour(del.dateConvocation()));
        v.put(PRESIDENT, del == null ? null : del.president());
        v.put(SECRETAIRE, del == null ? null : del.secretaire());
        v.put(DECISION, del == null ? null : del.decision());
        v.put(ABSENTS, del == null ? null : del.absents());
        v.put(IDENTIFIANT_TRANSMISSION, del == null ? null : del.identifiantTransmission());
        v.put(SIGNEE, d.signature() == null ? "non" : "oui");
        v.put(DATE_SIGNATURE, d.signature() == null ? null : jour(d.signature().date()));
        int n = 1;
        for (Map.Entry<Colonne, Object> e : v.entrySet()) {
            Row r = s.createRow(n++);
            valeur(r, 0, e.getKey().entete());
            valeur(r, 1, e.getValue());
        }
        n++;
        Row t = s.createRow(n++);
        for (int i = 0; i < PARTIES.size(); i++) {
            cellule(t, i, PARTIES.get(i).entete(), entete);
        }
        for (DocumentConvention.Partie p : d.parties()) {
            ligne(s.createRow(n++), p.role(), p.organisme(), p.representant(), p.qualite(), p.acteNomination());
        }
        s.setColumnWidth(0, 40 * 256);
        s.setColumnWidth(1, 80 * 256);
    }

    private void champs(DocumentConvention d) {
        Sheet s = feuille(CHAMPS, CHAMP);
        int n = 1;
        for (DocumentConvention.Champ c : d.champs()) {
            DocumentConvention.Parite p = c.parite();
            ligne(s.createRow(n++), c.code(), c.libelle(), jour(c.debut()), jour(c.fin()), c.debutExercice(),
                    c.programme(), p == null ? null : p.portee(), p == null ? null : p.base(),
                    p == null ? null : p.seuil(), c.seuilSousConsommation(), versements(c.versement()),
                    c.regleVersement());
        }
    }

    /** "2024 : UNIQUE 100 % SIGNATURE ; ACOMPTE 60 % SIGNATURE ; SOLDE BILAN_FINAL_RECU" */
    static String versements(List<DocumentConvention.Versement> versements) {
        if (versements.isEmpty()) {
            return null;
        }
        return versements.stream().map(v -> (v.exercice() == null ? "" : v.exercice() + " : ") + v.type()
                        + (v.pourcentage() == null ? "" : " " + v.pourcentage().toPlainString() + " %") + " " + v.condition())
                .collect(Collectors.joining(" ; "));
    }

    private void axes(DocumentConvention d) {
        Sheet s = feuille(AXES, AXE);
        int n = 1;
        for (DocumentConvention.Champ c : d.champs()) {
            for (DocumentConvention.Axe a : c.axes()) {
                ligne(s.createRow(n++), c.code(), a.numero(), a.libelle(), a.type(), a.parent(),
                        a.pariteApplicable() == null ? null : (a.pariteApplicable() ? "oui" : "non"), a.libelleCourt(),
                        a.numeroPilier(), a.activiteChorus());
            }
        }
    }

    private void fiches(DocumentConvention d) {
        Sheet s = feuille(FICHES, FICHE);
        int n = 1;
        for (DocumentConvention.Fiche f : d.fiches()) {
            String parts = f.partsAxes().isEmpty() ? null : f.axes().stream().filter(f.partsAxes()::containsKey)
                    .map(a -> a + " : " + f.partsAxes().get(a).toPlainString()).collect(Collectors.joining(" ; "));
            ligne(s.createRow(n++), f.cle(), f.numero(), f.intitule(), f.champ(), String.join(", ", f.axes()),
                    f.statut(), f.description(), f.publicCible(), f.territoire(), f.pilote(), f.operateur(),
                    f.partenaires(), f.dateMiseEnPlace(), f.duree(), f.libelleAnnexe(), f.codeAlternatif(), parts);
        }
    }

    private void montants(DocumentConvention d) {
        Sheet s = feuille(MONTANTS, MONTANT);
        int n = 1;
        for (DocumentConvention.Montant m : d.montantsConventionnels()) {
            ligne(s.createRow(n++), m.champ(), m.axe(), m.exercice(), m.financeur(), m.montant(), m.enLettres(),
                    m.article(), m.statut());
        }
    }

    private void lignes(DocumentConvention d) {
        Sheet s = feuille(LIGNES, LIGNE);
        int n = 1;
        for (DocumentConvention.Ligne l : d.lignes()) {
            ligne(s.createRow(n++), l.fiche(), l.champ(), l.axe(), l.exercice(), l.financeur(), l.organisme(),
                    l.nature(), l.montant(), l.justification(), l.exerciceOrigine(), l.objet());
        }
    }

    private void declares(DocumentConvention d) {
        Sheet s = feuille(DECLARES, DECLARE);
        int n = 1;
        for (DocumentConvention.Declare x : d.declares()) {
            ligne(s.createRow(n++), x.objet(), x.champ(), x.axe(), x.axes().isEmpty() ? null : String.join(", ", x.axes()),
                    x.fiche(), x.exercice(), x.colonne(), x.montant(), x.source(), x.texte());
        }
    }

    /** The periods of the value columns: T0, then for each exercice its cible and its résultat. */
    static List<String> periodes(DocumentConvention d) {
        TreeSet<Integer> annees = new TreeSet<>();
        for (IndicateurDocument i : d.indicateurs()) {
            if (i == null) {
                continue;
            }
            i.valeurs().stream().filter(Objects::nonNull).filter(v -> !"T0".equals(v.nature()) && v.annee() != null)
                    .forEach(v -> annees.add(v.annee()));
            i.declarees().stream().filter(Objects::nonNull).filter(v -> !"T0".equals(v.nature()) && v.annee() != null)
                    .forEach(v -> annees.add(v.annee()));
        }
        List<String> periodes = new ArrayList<>();
        periodes.add("T0");
        for (int a : annees) {
            String libelle = libelleExercice(d, a);
            periodes.add("Cible " + libelle);
            periodes.add("Résultat " + libelle);
        }
        return periodes;
    }

    /** R-DATE-2: "2024", or "2020-2021" when the champ covering the exercice starts its exercices on another day. */
    static String libelleExercice(DocumentConvention d, int annee) {
        for (DocumentConvention.Champ c : d.champs()) {
            if (c == null || c.debutExercice() == null || "01-01".equals(c.debutExercice())) {
                continue;
            }
            try {
                MonthDay debut = MonthDay.parse("--" + c.debutExercice());
                LocalDate de = LocalDate.parse(c.debut());
                LocalDate a = LocalDate.parse(c.fin());
                int premier = de.isBefore(debut.atYear(de.getYear())) ? de.getYear() - 1 : de.getYear();
                int dernier = a.isBefore(debut.atYear(a.getYear())) ? a.getYear() - 1 : a.getYear();
                if (annee >= premier && annee <= dernier) {
                    return annee + "-" + (annee + 1);
                }
            } catch (RuntimeException e) {
                // an invalid champ is reported by the validation, not here
            }
        }
        return String.valueOf(annee);
    }

    private void indicateurs(DocumentConvention d) {
        List<String> periodes = periodes(d);
        Sheet s = classeur.createSheet(INDICATEURS);
        Row titre = s.createRow(0);
        int c = 0;
        for (Colonne col : INDICATEUR_DEBUT) {
            cellule(titre, c++, col.entete(), entete);
        }
        for (String p : periodes) {
            cellule(titre, c++, p, entete);
        }
        for (Colonne col : INDICATEUR_FIN) {
            cellule(titre, c++, col.entete(), entete);
        }
        int n = 1;
        for (IndicateurDocument i : d.indicateurs()) {
            Row r = s.createRow(n++);
            List<Object> valeurs = new ArrayList<>(List.of(nonNul(i.fiche()), i.libelle(), nonNul(i.portee()),
                    nonNul(i.unite()), ""));
            Map<String, String> parPeriode = new LinkedHashMap<>();
            List<String> commentaires = new ArrayList<>();
            List<String> termes = new ArrayList<>();
            for (IndicateurDocument.ValeurDocument v : i.valeurs()) {
                String p = periode(d, v.nature(), v.annee());
                parPeriode.put(p, v.texte());
                if (v.commentaire() != null) {
                    commentaires.add(p + " : " + v.commentaire());
                }
                if (v.numerateur() != null || v.denominateur() != null) {
                    termes.add(p + " : " + texte(v.numerateur()) + " / " + texte(v.denominateur()));
                }
            }
            periodes.forEach(p -> valeurs.add(nonNul(parPeriode.get(p))));
            valeurs.addAll(List.of(nonNul(i.code()), nonNul(i.type()), nonNul(i.sens()), nonNul(i.nature()),
                    nonNul(i.axe()), nonNul(i.parent()), i.sommeDesParties() == null ? "" : (i.sommeDesParties() ? "oui" : "non"),
                    nonNul(i.territoire()), i.annexes() == null ? "" : String.join(", ", i.annexes()),
                    nonNul(i.ficheImprimee()), nonNul(i.commentaire()), nonNul(i.exemption()), nonNul(i.thematique()),
                    nonNul(i.champ()), nonNul(i.aliases()), nonNul(i.numerateur()), nonNul(i.denominateur()),
                    nonNul(i.definition()), nonNul(i.source()), nonNul(i.codeNational()),
                    String.join("\n", commentaires), String.join("\n", termes)));
            for (int k = 0; k < valeurs.size(); k++) {
                valeur(r, k, valeurs.get(k));
            }
            // The values other places print (R-IND-1), one row per annexe, matched again by label when read.
            Map<String, Map<String, IndicateurDocument.DeclareeDocument>> parAnnexe = new LinkedHashMap<>();
            for (IndicateurDocument.DeclareeDocument dd : i.declarees()) {
                parAnnexe.computeIfAbsent(dd.annexe(), k -> new LinkedHashMap<>()).put(periode(d, dd.nature(), dd.annee()), dd);
            }
            for (Map.Entry<String, Map<String, IndicateurDocument.DeclareeDocument>> e : parAnnexe.entrySet()) {
                Row rd = s.createRow(n++);
                List<Object> ds = new ArrayList<>(List.of(nonNul(i.fiche()), i.libelle(), "", "", annexe(e.getKey())));
                periodes.forEach(p -> {
                    IndicateurDocument.DeclareeDocument dd = e.getValue().get(p);
                    ds.add(dd == null || dd.texte() == null ? "" : dd.texte());
                });
                String source = e.getValue().values().stream().map(IndicateurDocument.DeclareeDocument::source)
                        .filter(Objects::nonNull).findFirst().orElse("");
                for (Colonne col : INDICATEUR_FIN) {
                    ds.add(col == I_SOURCE ? source : "");
                }
                for (int k = 0; k < ds.size(); k++) {
                    valeur(rd, k, ds.get(k));
                }
            }
        }
    }

    /** "Annexe 1", "Annexe 4", "Fiche". */
    static String annexe(String code) {
        return switch (code) {
            case "ANNEXE_1" -> "Annexe 1";
            case "ANNEXE_4" -> "Annexe 4";
            default -> "Fiche";
        };
    }

    static String periode(DocumentConvention d, String nature, Integer annee) {
        if ("T0".equals(nature)) {
            return "T0";
        }
        return ("CIBLE".equals(nature) ? "Cible " : "Résultat ") + libelleExercice(d, annee);
    }

    private static String texte(BigDecimal nombre) {
        return nombre == null ? "" : nombre.stripTrailingZeros().toPlainString();
    }

    private static Object nonNul(Object valeur) {
        return valeur == null ? "" : valeur;
    }

    private Sheet feuille(String nom, List<Colonne> colonnes) {
        Sheet s = classeur.createSheet(nom);
        Row r = s.createRow(0);
        for (int i = 0; i < colonnes.size(); i++) {
            cellule(r, i, colonnes.get(i).entete(), entete);
            s.setColumnWidth(i, 18 * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private void ligne(Row r, Object... valeurs) {
        for (int i = 0; i < valeurs.length; i++) {
            valeur(r, i, valeurs[i]);
        }
    }

    private void valeur(Row r, int colonne, Object valeur) {
        if (valeur == null || (valeur instanceof String s && s.isEmpty())) {
            return;
        }
        Cell c = r.createCell(colonne);
        if (valeur instanceof BigDecimal b) {
            c.setCellValue(b.doubleValue());
            if (b.scale() == 2) {
                c.setCellStyle(montant);
            }
        } else if (valeur instanceof Integer i) {
            c.setCellValue(i);
        } else if (valeur instanceof LocalDate j) {
            c.setCellValue(j);
            c.setCellStyle(date);
        } else {
            c.setCellValue(valeur.toString());
            c.setCellStyle(texte);
        }
    }

    private void cellule(Row r, int colonne, String valeur, CellStyle style) {
        Cell c = r.createCell(colonne);
        c.setCellValue(valeur);
        c.setCellStyle(style);
    }

    private static LocalDate jour(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
