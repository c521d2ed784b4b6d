package fr.pacte.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The convention workbook of contracts/convention.md, written then read back (POI), without a database. */
public class ClasseurConventionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static DocumentConvention calpae() {
        try (InputStream in = ClasseurConventionTest.class.getResourceAsStream("/documents/calpae-loiret.json")) {
            return JSON.readValue(in, DocumentConvention.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a workbook with one cell replaced by a text (row and column from 0, as POI counts them). */
    public static byte[] remplacer(byte[] classeur, String feuille, int ligne, int colonne, String texte) {
        try (Workbook w = new XSSFWorkbook(new ByteArrayInputStream(classeur));
                ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Sheet s = w.getSheet(feuille);
            Row r = s.getRow(ligne) == null ? s.createRow(ligne) : s.getRow(ligne);
            Cell c = r.getCell(colonne) == null ? r.createCell(colonne) : r.getCell(colonne);
            c.setBlank();
            c.setCellValue(texte);
            w.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of a sheet's header row, as POI reads them back. */
    static List<String> entetes(byte[] classeur, String feuille) throws IOException {
        try (Workbook w = new XSSFWorkbook(new ByteArrayInputStream(classeur))) {
            List<String> entetes = new ArrayList<>();
            w.getSheet(feuille).getRow(0).forEach(c -> entetes.add(c.getStringCellValue()));
            return entetes;
        }
    }

    @Test
    @DisplayName("Le modèle : les huit feuilles du contrat, leurs en-têtes et une ligne d'exemple qui se relit à l'identique")
    void templateHasTheEightSheetsAndReadsBack() throws IOException {
        byte[] modele = ClasseurConvention.modele();
        try (Workbook w = new XSSFWorkbook(new ByteArrayInputStream(modele))) {
            List<String> feuilles = new ArrayList<>();
            w.forEach(s -> feuilles.add(s.getSheetName()));
            assertThat(feuilles).containsExactly("Convention", "Champs", "Axes", "Fiches", "Montants", "Lignes",
                    "Declares", "Indicateurs");
            for (String f : List.of("Champs", "Axes", "Fiches", "Montants", "Lignes", "Declares", "Indicateurs")) {
                assertThat(w.getSheet(f).getPhysicalNumberOfRows()).as(f).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(entetes(modele, "Lignes")).startsWith("Fiche", "Champ", "Axe", "Exercice", "Financeur");
        assertThat(entetes(modele, "Indicateurs")).contains("T0", "Cible 2025", "Résultat 2025");
        ClasseurConvention.Lu lu = ClasseurConvention.lire(modele);
        assertThat(lu.constats()).isEmpty();
        assertThat(lu.document()).isEqualTo(ClasseurConvention.exemple());
        assertThat(ValidationDocument.verifier(lu.document())).isEmpty();
    }

    @Test
    @DisplayName("R-DATE-2, R-FIN-20 — le CALPAE (arbre socle/initiatives, exercices juillet–juin, reports 2019, deux « Action 6 ») passe par le classeur sans rien perdre")
    void calpaeRoundTripsThroughTheWorkbook() throws IOException {
        DocumentConvention calpae = calpae();
        byte[] classeur = ClasseurConvention.ecrire(calpae);
        assertThat(entetes(classeur, "Indicateurs")).contains("Cible 2019-2020", "Résultat 2020-2021");
        ClasseurConvention.Lu lu = ClasseurConvention.lire(classeur);
        assertThat(lu.constats()).isEmpty();
        assertThat(lu.document()).isEqualTo(calpae);
    }

    @Test
    @DisplayName("R-IMP-1 — un montant « 110 00 € » dans la feuille Lignes est une erreur située (feuille, ligne, colonne), jamais lue")
    void aMalformedAmountIsAnErrorWithItsPlace() {
        byte[] casse = remplacer(ClasseurConvention.modele(), "Lignes", 1, 7, "110 00 €");
        ClasseurConvention.Lu lu = ClasseurConvention.lire(casse);
        assertThat(lu.bloquant()).isTrue();
        assertThat(lu.constats()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(ValidationDocument.CODE);
            assertThat(c.feuille()).isEqualTo("Lignes");
            assertThat(c.ligne()).isEqualTo(2);
            assertThat(c.colonne()).isEqualTo("Montant");
            assertThat(c.message()).contains("110 00 €");
        });
    }

    @Test
    @DisplayName("Une erreur de structure du classeur est située : fiches[0].axes[0] inconnu → feuille Fiches, ligne 2")
    void aStructuralErrorOfTheWorkbookHasItsSheetAndRow() {
        byte[] casse = remplacer(ClasseurConvention.modele(), "Fiches", 1, 4, "9");
        ClasseurConvention.Lu lu = ClasseurConvention.lire(casse);
        List<ValidationDocument.Erreur> erreurs = ValidationDocument.verifier(lu.document());
        assertThat(erreurs).extracting(ValidationDocument.Erreur::chemin).contains("fiches[0].axes[0]");
        ConstatDocument situe = ConstatDocument.invalide(erreurs.stream()
                .filter(e -> e.chemin().equals("fiches[0].axes[0]")).findFirst().orElseThrow(), lu.places());
        assertThat(situe.feuille()).isEqualTo("Fiches");
        assertThat(situe.ligne()).isEqualTo(2);
    }
}
