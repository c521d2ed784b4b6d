package fr.pacte.importation;

import static fr.pacte.importation.VerificationTableauTest.e;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.pacte.controle.Constat;
import fr.pacte.financement.rules.Colonne;
import fr.pacte.financement.rules.LigneDeclaree;
import fr.pacte.financement.rules.LigneDetail;
import fr.pacte.financement.rules.ParametresTableau;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LecteurTableauTest {

    private static TableauLu lire(String csv) {
        return LecteurTableau.lire(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Constat> constats(String csv) {
        return new VerificationTableau().verifier(csv.getBytes(StandardCharsets.UTF_8), ParametresTableau.DEFAUT)
                .constats();
    }

    @Nested
    @DisplayName("R-IMP-1 : en-tête et lignes")
    class EnteteEtLignes {

        @Test
        @DisplayName("R-IMP-1 : les noms de colonnes se reconnaissent sans casse, accents ni espaces autour")
        void headerMatching() {
            TableauLu lu = lire("  FICHE ;intitule; Etat ;DÉPARTEMENT;Commentaire;autres;Référence\n"
                    + "1;Crèche;10;20;note;5;x\n");

            assertThat(lu.colonnesIgnorees()).containsExactly("Commentaire", "Référence");
            LigneDetail ligne = lu.tableau().details().get(0);
            assertThat(ligne.montants().total()).isEqualTo(e("35"));
            assertThat(ligne.totalDeclare()).isNull();
        }

        @Test
        @DisplayName("R-IMP-1 : les lignes comptent chaque ligne physique (vides, BOM, CRLF, champs multi-lignes)")
        void physicalLineNumbers() {
            String csv = "\uFEFFFiche;Intitulé;État;Département\r\n\r\n1;\"Crèche ; familiale\";1;1\r\n"
                    + "2;\"Sur deux\nlignes\";2;2\r\n;;;\r\n3;\"Guillemets \"\"ici\"\"\";3;3\r\n";
            List<LigneDetail> details = lire(csv).tableau().details();

            assertThat(details).extracting(LigneDetail::ligne, LigneDetail::intitule).containsExactly(
                    tuple(3, "Crèche ; familiale"), tuple(4, "Sur deux\nlignes"), tuple(7, "Guillemets \"ici\""));
        }

        @Test
        @DisplayName("R-IMP-1 : un CSV enregistré en Windows-1252 par Excel est lu aussi")
        void windows1252() {
            byte[] contenu = "Fiche;Intitulé;État;Département\n1;Crèche;93 507,00 €;146 000,00 €\n"
                    .getBytes(Charset.forName("windows-1252"));

            LigneDetail ligne = LecteurTableau.lire(contenu).tableau().details().get(0);

            assertThat(ligne.intitule()).isEqualTo("Crèche");
            assertThat(ligne.montants().etat()).isEqualTo(e("93507"));
        }

        @Test
        @DisplayName("R-IMP-13 : une cellule Axe ou Section vide reprend celle de la ligne du dessus, pas au-delà d'un sous-total")
        void mergedCellsCarryDown() {
            TableauLu lu = lire("Section;Axe;Fiche;Intitulé;État;Département\n"
                    + "Socle;Thème 1;1;a;1;1\n;;2;b;1;1\n;;;Sous total;2;2\n;;3;c;1;1\nInitiatives;Thème 2;4;d;1;1\n");

            assertThat(lu.tableau().details()).extracting(LigneDetail::section, LigneDetail::axe).containsExactly(
                    tuple("Socle", "Thème 1"), tuple("Socle", "Thème 1"), tuple("Socle", null),
                    tuple("Initiatives", "Thème 2"));
        }
    }

    @Nested
    @DisplayName("R-IMP-2 : lignes déclarées")
    class LignesDeclarees {

        @Test
        @DisplayName("R-IMP-2 : « Sous total », « Sous-total », « S/total », « Total », « Totaux » sont des lignes déclarées, pas « Totalement »")
        void keywords() {
            TableauLu lu = lire("Fiche;Intitulé;État;Département\n1;a;1;1\n;Sous total;1;\n2;b;1;1\n;sous-Total;1;1\n"
                    + "3;c;1;1\n;S/ total;1;1\n;Totalement nouveau;1;1\n;TOTAUX financiers;4;4\n");

            assertThat(lu.tableau().declarees()).extracting(LigneDeclaree::ligne, LigneDeclaree::genre)
                    .containsExactly(tuple(3, LigneDeclaree.Genre.SOUS_TOTAL), tuple(5, LigneDeclaree.Genre.SOUS_TOTAL),
                            tuple(7, LigneDeclaree.Genre.SOUS_TOTAL), tuple(9, LigneDeclaree.Genre.TOTAL_GENERAL));
            assertThat(lu.tableau().details()).hasSize(4);
            assertThat(lu.tableau().declarees().get(0).declares()).containsOnlyKeys(Colonne.ETAT);
        }

        @Test
        @DisplayName("R-IMP-14 : « Sous total 4+5 » couvre les axes 4 et 5, et n'est pas compté dans le total général")
        void groupedSubTotal() {
            String csv = "Axe;Fiche;Intitulé;État;Département;Total\n"
                    + "4;1;a;100;100;200\n4;;Sous total;100;100;200\n5;2;b;50;50;100\n5;;Sous total;50;50;100\n"
                    + "4 et 5;;Sous total 4+5;150;150;300\n6;3;c;1;1;2\n;;Total général;151;151;302\n";

            assertThat(constats(csv)).isEmpty();
            LigneDeclaree groupe = lire(csv).tableau().declarees().get(2);
            assertThat(groupe.couvertes()).extracting(LigneDetail::fiche).containsExactly("1", "2");
            assertThat(groupe.sujet()).isEqualTo("des axes 4 et 5");
        }

        @Test
        @DisplayName("R-FIN-2 : « TOTAL VOLET 2 » avec sa Section couvre toute la section ; un sous-total couvre depuis le précédent de sa section")
        void sectionTotalsAndSinceLast() {
            String csv = "Section;Fiche;Intitulé;État;Département\n"
                    + "Volet 1;;Enveloppe du volet 1;106000;0\n"
                    + "Volet 2;FA15;a;40000;70000\nVolet 2;;Sous-total;40000;70000\n"
                    + "Volet 2;FA16;b;100000;100000\nVolet 2;;Sous-total;100000;100001\n"
                    + "Volet 2;;TOTAL VOLET 2;140000;170000\n;;TOTAL;246000;170000\n";

            List<Constat> constats = new VerificationTableau().verifier(csv.getBytes(StandardCharsets.UTF_8),
                    VerificationTableau.parametres("aucune", null, null)).constats();

            assertThat(constats).extracting(Constat::code, Constat::ligne, Constat::colonne, Constat::ecart)
                    .containsExactly(tuple("SOUS_TOTAL", 6, "departement", e("1")));
            assertThat(constats.get(0).message()).startsWith("Sous-total de la section « Volet 2 » (Département)");
        }

        @Test
        @DisplayName("R-FIN-1 : un total de ligne faux donne LIGNE_TOTAL à sa ligne")
        void rowTotal() {
            assertThat(constats("Fiche;Intitulé;État;Département;Autres;Total\n1;a;93507;146000;535493;775001\n"))
                    .extracting(Constat::code, Constat::ligne, Constat::colonne, Constat::ecart)
                    .containsExactly(tuple("LIGNE_TOTAL", 2, "total", e("1")));
        }

        @Test
        @DisplayName("R-IMP-1 : un montant illisible dans un sous-total est signalé, sans comparaison pour cette cellule")
        void unreadableDeclaredCell() {
            assertThat(constats("Fiche;Intitulé;État;Département\n1;a;10;10\n;Sous total;10;1O\n"))
                    .extracting(Constat::code, Constat::ligne, Constat::colonne)
                    .containsExactly(tuple("MONTANT_INVALIDE", 3, "departement"));
        }
    }

    @Nested
    @DisplayName("R-IMP-1 : fichiers illisibles (400)")
    class Illisibles {

        @Test
        @DisplayName("R-IMP-1 : vide, sans en-tête utile, colonne obligatoire absente")
        void missingHeader() {
            assertThatThrownBy(() -> lire("")).isInstanceOf(TableauIllisibleException.class)
                    .hasMessageContaining("vide");
            assertThatThrownBy(() -> lire("\n\n;;\n")).isInstanceOf(TableauIllisibleException.class)
                    .hasMessageContaining("vide");
            assertThatThrownBy(() -> lire("Fiche;Intitulé;Etat\n1;a;1\n")).isInstanceOf(TableauIllisibleException.class)
                    .hasMessageContaining("« Département »");
            assertThatThrownBy(() -> lire("Fiche,Intitulé,État,Département\n"))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("« ; »");
        }

        @Test
        @DisplayName("R-IMP-1 : plus de 5 Mo ou plus de 5 000 lignes")
        void limits() {
            StringBuilder csv = new StringBuilder("Fiche;Intitulé;État;Département\n");
            for (int i = 1; i <= 5_000; i++) {
                csv.append(i).append(";a;1;1\n");
            }
            assertThat(lire(csv.toString()).tableau().details()).hasSize(5_000);
            csv.append("5001;a;1;1\n");
            assertThatThrownBy(() -> lire(csv.toString())).isInstanceOf(TableauIllisibleException.class)
                    .hasMessageContaining("5 000 lignes");
            byte[] gros = new byte[5 * 1024 * 1024 + 1];
            java.util.Arrays.fill(gros, (byte) ' ');
            assertThatThrownBy(() -> LecteurTableau.lire(gros)).isInstanceOf(TableauIllisibleException.class)
                    .hasMessageContaining("5 Mo");
        }

        @Test
        @DisplayName("R-IMP-1 : ni CSV ni XLSX (PDF, binaire, XLS 97, ZIP qui n'est pas un classeur)")
        void notATable() {
            assertThatThrownBy(() -> LecteurTableau.lire("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("ni un CSV");
            assertThatThrownBy(() -> LecteurTableau.lire(new byte[] {1, 0, 2, 3}))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("ni un CSV");
            assertThatThrownBy(() -> LecteurTableau.lire(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining(".xls");
            assertThatThrownBy(() -> LecteurTableau.lire(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0}))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("XLSX");
        }

        @Test
        @DisplayName("R-FIN-5 : des paramètres inconnus sont refusés en français")
        void parameters() {
            assertThatThrownBy(() -> VerificationTableau.parametres("partout", null, null))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("ligne, global et aucune");
            assertThatThrownBy(() -> VerificationTableau.parametres(null, "F", null))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("etat_departement et total");
            assertThatThrownBy(() -> VerificationTableau.parametres(null, null, "110 00"))
                    .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("enveloppeEtat");
            assertThat(VerificationTableau.parametres("GLOBAL", "Total", "578633").enveloppeEtat())
                    .isEqualTo(e("578633"));
        }
    }
}
