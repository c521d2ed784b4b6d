package fr.pacte.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pacte.support.FichiersHostiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13, item 1: the tableau financier reader (CSV and XLSX) under hostile files, French messages. */
class LecteurTableauHostileTest {

    @Test
    @DisplayName("R-IMP-1 : CSV à guillemet non refermé sur 200 000 caractères, ou ligne de 300 colonnes : refusé en français")
    void boundedCsv() {
        assertThatThrownBy(() -> LecteurTableau.lire(FichiersHostiles.csvGuillemetOuvert(200_000)))
                .isInstanceOf(TableauIllisibleException.class)
                .hasMessageContaining("ligne 2 du fichier dépasse 100 000 caractères");
        assertThatThrownBy(() -> LecteurTableau.lire(FichiersHostiles.csvColonnes(300)))
                .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("plus de 256 colonnes");
        assertThat(LecteurTableau.lire(FichiersHostiles.csvColonnes(256)).tableau().details()).hasSize(1);
    }

    @Test
    @DisplayName("R-IMP-1 : XLSX à fusion géante, à 5 001 lignes, bombe, XXE : TableauIllisibleException en français")
    void hostileWorkbooks() {
        assertThatThrownBy(() -> LecteurTableau.lire(FichiersHostiles.fusionGeante("A3:XFD1048576")))
                .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("A3:XFD1048576");
        assertThatThrownBy(() -> LecteurTableau.lire(FichiersHostiles.lignes(5_001)))
                .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("5 000 lignes");
        assertThat(LecteurTableau.lire(FichiersHostiles.lignes(4_999)).tableau().details()).hasSize(4_999);
        assertThatThrownBy(() -> LecteurTableau.lire(FichiersHostiles.bombeDeDecompression(40)))
                .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("décompression");
        assertThatThrownBy(() -> LecteurTableau.lire(FichiersHostiles.entiteExterne()))
                .isInstanceOf(TableauIllisibleException.class).hasMessageContaining("XLSX ne peut pas être ouvert");
    }
}
