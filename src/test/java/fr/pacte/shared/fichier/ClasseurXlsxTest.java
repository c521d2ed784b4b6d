package fr.pacte.shared.fichier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pacte.shared.fichier.FichierIllisibleException.Motif;
import fr.pacte.support.FichiersHostiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClasseurXlsxTest {

    /** A small convention workbook: named sheets, a date, a boolean, a formula, an axe label merged over two rows. */
    static byte[] classeurConvention() throws IOException {
        try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
            Sheet convention = classeur.createSheet("Convention");
            convention.createRow(0).createCell(0).setCellValue("numero");
            convention.getRow(0).createCell(1).setCellValue("debut");
            Row valeurs = convention.createRow(1);
            valeurs.createCell(0).setCellValue("2024-C-DGAS-DAS-0001");
            CellStyle date = classeur.createCellStyle();
            date.setDataFormat(classeur.createDataFormat().getFormat("dd/mm/yyyy"));
            valeurs.createCell(1).setCellValue(LocalDate.of(2024, 1, 1));
            valeurs.getCell(1).setCellStyle(date);
            valeurs.createCell(2).setCellValue(true);
            Sheet fiches = classeur.createSheet("Fiches");
            String[] entete = {"axe", "cle", "montant"};
            Row titres = fiches.createRow(0);
            for (int c = 0; c < entete.length; c++) {
                titres.createCell(c).setCellValue(entete[c]);
            }
            for (int r = 1; r <= 2; r++) {
                Row ligne = fiches.createRow(r);
                if (r == 1) {
                    ligne.createCell(0).setCellValue("Axe 1");
                }
                ligne.createCell(1).setCellValue("A" + r);
                ligne.createCell(2).setCellFormula("1000*" + r);
            }
            fiches.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            fiches.addMergedRegion(new CellRangeAddress(10, 20, 0, 5)); // over empty rows: nothing to inherit
            classeur.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignorée");
            classeur.getCreationHelper().createFormulaEvaluator().evaluateAll();
            classeur.write(sortie);
            return sortie.toByteArray();
        }
    }

    @Test
    @DisplayName("Classeur de convention : seules les feuilles demandées sont lues, par nom sans accents ni casse ; dates, booléens, formules et fusions lus")
    void readsNamedSheets() throws IOException {
        Classeur classeur = ClasseurXlsx.lire(classeurConvention(), LimitesFichier.CLASSEUR_CONVENTION,
                Set.of("Convention", "Fiches")::contains);

        assertThat(classeur.noms()).containsExactly("Convention", "Fiches");
        Feuille convention = classeur.feuille("CONVENTION").orElseThrow();
        assertThat(convention.rangs().get(1).cellule(0).texte()).isEqualTo("2024-C-DGAS-DAS-0001");
        assertThat(convention.rangs().get(1).cellule(1).type()).isEqualTo(CelluleClasseur.Type.DATE);
        assertThat(convention.rangs().get(1).cellule(1).texte()).isEqualTo("01/01/2024");
        assertThat(convention.rangs().get(1).cellule(1).date().orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(convention.rangs().get(1).cellule(2).texte()).isEqualTo("VRAI");
        Feuille fiches = classeur.feuille("fiches").orElseThrow();
        assertThat(fiches.rangs()).extracting(Feuille.Rang::numero).containsExactly(1, 2, 3);
        assertThat(fiches.rangs().get(2).cellule(0).texteOuHerite()).isEqualTo("Axe 1");
        assertThat(fiches.rangs().get(2).cellule(2).nombre()).isEqualTo(2000.0);
        assertThat(classeur.feuille("Notes")).isEmpty();
    }

    @Test
    @DisplayName("Tableau financier : la première feuille, quel que soit son nom")
    void firstSheet() throws IOException {
        assertThat(ClasseurXlsx.premiereFeuille(classeurConvention(), LimitesFichier.TABLEAU).nom())
                .isEqualTo("Convention");
    }

    @Nested
    @DisplayName("Fichiers hostiles : refusés en français, sans rien étendre ni décompresser au-delà des limites")
    class Hostiles {

        @Test
        @DisplayName("Une zone fusionnée A3:XFD1048576 ou A3:ZZ100000 est refusée sans être étendue")
        void hugeMergedRegion() {
            for (String region : new String[] {"A3:XFD1048576", "A3:ZZ100000"}) {
                assertRefus(FichiersHostiles.fusionGeante(region), Motif.TROP_DE_FUSIONS, "fusionnées démesurée");
            }
            assertThat(ClasseurXlsx.premiereFeuille(FichiersHostiles.fusionGeante("A3:D300"), LimitesFichier.TABLEAU)
                    .rangs()).hasSize(3);
        }

        @Test
        @DisplayName("Plus de 10 000 zones fusionnées, une valeur en colonne XFD, trop de lignes, trop de textes partagés")
        void countsAreBounded() {
            assertRefus(FichiersHostiles.fusions(10_001), Motif.TROP_DE_FUSIONS, "10 000 régions");
            assertThat(ClasseurXlsx.premiereFeuille(FichiersHostiles.fusions(10_000), LimitesFichier.TABLEAU).rangs())
                    .hasSize(2);
            assertRefus(FichiersHostiles.colonneLointaine(), Motif.TROP_DE_COLONNES, "colonne 256");
            assertRefus(FichiersHostiles.lignes(5_001), Motif.TROP_DE_LIGNES, "5 001 lignes");
            assertRefus(FichiersHostiles.chainesPartagees(250_001), Motif.TROP_DE_TEXTE, "250 000 textes");
        }

        @Test
        @DisplayName("Bombe de décompression : le contrôle de taux de POI (ZipSecureFile) tient")
        void zipBomb() {
            assertRefus(FichiersHostiles.bombeDeDecompression(40), Motif.TROP_DECOMPRESSE, "décompression");
        }

        @Test
        @DisplayName("XXE et « billion laughs » : le DOCTYPE est refusé, aucune entité n'est lue ni étendue")
        void entities() {
            assertRefus(FichiersHostiles.entiteExterne(), Motif.ILLISIBLE, "XLSX ne peut pas être ouvert");
            assertRefus(FichiersHostiles.milliardDeRires(), Motif.ILLISIBLE, "XLSX ne peut pas être ouvert");
        }

        @Test
        @DisplayName("Le budget de temps arrête une lecture trop longue, quelle qu'en soit la cause")
        void timeBudget() {
            assertRefus(FichiersHostiles.lignes(2_000), LimitesFichier.TABLEAU.avecDuree(java.time.Duration.ZERO),
                    Motif.TROP_LONG, "secondes");
        }

        private void assertRefus(byte[] fichier, Motif motif, String message) {
            assertRefus(fichier, LimitesFichier.TABLEAU, motif, message);
        }

        private void assertRefus(byte[] fichier, LimitesFichier limites, Motif motif, String message) {
            assertThatThrownBy(() -> ClasseurXlsx.premiereFeuille(fichier, limites))
                    .isInstanceOfSatisfying(FichierIllisibleException.class, e -> {
                        assertThat(e.motif()).isEqualTo(motif);
                        assertThat(e.getMessage()).contains(message);
                    });
        }
    }
}
