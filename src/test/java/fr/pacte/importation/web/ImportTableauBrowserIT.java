package fr.pacte.importation.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.Navigateur;
import fr.pacte.support.ParcoursNavigateur;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Import of a tableau financier in a real headless Chromium: the printed Vienne table (fiche 14 missing) is refused
 * with its findings and nothing to save; the corrected table is checked, then saved, and the tableau financier follows.
 */
class ImportTableauBrowserIT extends ParcoursNavigateur {



    private static Path fixture(String nom) throws Exception {
        return Path.of(ImportTableauBrowserIT.class.getResource("/tableaux/" + nom).toURI());
    }

    private void envoyer(Path fichier) {
        navigateur.element(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        new Select(navigateur.element(By.id("annee"))).selectByValue("2024");
        List<WebElement> precedent = navigateur.driver().findElements(By.id("resultat"));
        navigateur.element(By.id("verifier")).click();
        // The previous result stays on screen until the next page arrives: wait for it to go first.
        precedent.forEach(navigateur::attendreDisparition);
        navigateur.attendre().until(d -> !d.findElements(By.id("resultat")).isEmpty()
                || !d.findElements(By.id("import-erreur")).isEmpty());
    }

    @Test
    @DisplayName("R-IMP-17 : un tableau avec erreurs est refusé avec ses constats, le tableau corrigé est enregistré")
    void errorThenCorrectedFileIsSaved() throws Exception {
        long convention = DemoVienne.convention(jdbc);
        String sommeEtat = "select sum(montant) from ligne_financement l join axe a on a.id = l.axe_id join champ c "
                + "on c.id = a.champ_id where l.convention_id = ? and l.exercice = 2024 and c.code = 'SOL' and l.financeur = 'ETAT' "
                + "and" + DemoVienne.DERNIERE_VERSION;

        // 1. The Département's agent opens the import screen from the convention
        navigateur.seConnecter("agent.departement", "demo");
        navigateur.ouvrir("/conventions/" + convention);
        navigateur.element(By.linkText("Importer un tableau financier")).click();
        assertThat(navigateur.element(By.tagName("h1")).getText()).isEqualTo("Importer un tableau financier");
        assertThat(navigateur.element(By.id("progression")).isDisplayed()).isFalse();

        // 2. The table as printed in annexe 2 (no fiche 14): three sub-total errors on axe 3, nothing to save
        envoyer(fixture("vienne-2024-imprime.csv"));
        List<WebElement> sousTotaux = navigateur.driver().findElements(By.cssSelector("tr[data-code=SOUS_TOTAL]"));
        assertThat(sousTotaux).hasSize(3);
        assertThat(sousTotaux.get(0).getText()).contains("19", "Sous-total de l'axe 3 (État)",
                "110" + NNBSP + "428,00 €", "90" + NNBSP + "428,00 €", "20" + NNBSP + "000,00 €");
        assertThat(navigateur.element(By.cssSelector("tr[data-code=FICHE_ABSENTE]")).getText()).contains("fiche 14");
        assertThat(navigateur.element(By.id("import-bloque")).getText()).contains("rien ne peut être enregistré");
        assertThat(navigateur.driver().findElements(By.id("enregistrer"))).isEmpty();
        assertThat(jdbc.queryForObject(sommeEtat, java.math.BigDecimal.class, convention)).isEqualByComparingTo("578633");

        // 3. The corrected table (fiche 14 back, fiche 7 État 15 000 €): no error, "Enregistrer" appears
        envoyer(fixture("vienne-2024-fiche7.csv"));
        assertThat(navigateur.driver().findElements(By.cssSelector("tr[data-code]"))).isEmpty();
        assertThat(navigateur.element(By.cssSelector("#totaux-calcules td[data-colonne=etat]")).getText())
                .isEqualTo("583" + NNBSP + "633,00 €");

        // 4. Save, then the tableau financier shows the new amounts
        navigateur.element(By.id("enregistrer")).click();
        assertThat(navigateur.element(By.id("import-enregistre")).getText()).contains("vienne-2024-fiche7.csv",
                "est enregistré");
        assertThat(jdbc.queryForObject(sommeEtat, java.math.BigDecimal.class, convention)).isEqualByComparingTo("583633");
        navigateur.element(By.linkText("Voir le tableau financier")).click();
        assertThat(navigateur.element(By.cssSelector("table[data-champ=SOL] tr.total-champ")).getText())
                .contains("583" + NNBSP + "633,00 €", "1" + NNBSP + "820" + NNBSP + "650,00 €");
    }
}
