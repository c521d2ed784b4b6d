package fr.pacte.indicateur.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.Navigateur;
import fr.pacte.support.ParcoursNavigateur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Annual entry in a real headless Chromium: a Département agent opens the 2024 grid from the Indicateurs page,
 * types results moving from cell to cell with Tab, saves the draft, reloads: the values are there; a wrong value
 * is refused and stays as typed.
 */
class SaisieAnnuelleBrowserIT extends ParcoursNavigateur {


    private WebElement cellule(int ligne, String colonne) {
        return navigateur.element(By.id("s" + ligne + "-" + colonne));
    }

    /** Clicks a button or link that loads a new page, and waits until the old page is gone. */
    private void cliquer(String id) {
        navigateur.cliquerVersNouvellePage(navigateur.element(By.id(id)));
    }

    private WebElement actif() {
        return navigateur.driver().switchTo().activeElement();
    }

    @Test
    @DisplayName("R-IND-13 — saisie annuelle 2024 : taper, passer de case en case avec Tab, enregistrer, recharger : les valeurs sont là")
    void agentTypesTabsSavesAndReloads() {
        long convention = DemoVienne.convention(jdbc);
        WebDriver driver = navigateur.driver();

        // 1. Sign in and open the Indicateurs page of the Vienne convention, then the annual entry
        navigateur.seConnecter("agent.departement", "demo");
        navigateur.ouvrir("/conventions/" + convention + "/indicateurs");
        assertThat(driver.getPageSource()).contains("Action 1 : Crèche familiale préventive");
        cliquer("lien-saisie");
        Select annee = new Select(navigateur.element(By.id("annee")));
        if (!"2024".equals(annee.getFirstSelectedOption().getAttribute("value"))) {
            WebElement page = navigateur.element(By.tagName("html"));
            annee.selectByValue("2024");
            navigateur.attendreDisparition(page);
        }
        assertThat(navigateur.element(By.tagName("h1")).getText()).isEqualTo("Saisie annuelle des indicateurs 2024");
        assertThat(cellule(0, "resultat").getAttribute("value")).isEqualTo("58");

        // 2. Fiche 1, first indicator: change the result, Tab to its comment, type it
        WebElement resultat = cellule(0, "resultat");
        resultat.clear();
        resultat.sendKeys("59");
        resultat.sendKeys(Keys.TAB);
        assertThat(actif().getAttribute("id")).isEqualTo("s0-commentaire");
        actif().sendKeys("Bilan de l'association au 31/12/2024");

        // 3. Tab goes on to the next row (T0, cible, résultat): the second indicator's result
        actif().sendKeys(Keys.TAB);
        assertThat(actif().getAttribute("id")).isEqualTo("s1-t0");
        actif().sendKeys(Keys.TAB, Keys.TAB);
        assertThat(actif().getAttribute("id")).isEqualTo("s1-resultat");
        actif().sendKeys(Keys.chord(Keys.CONTROL, "a"), "47");
        actif().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
        assertThat(actif().getAttribute("id")).isEqualTo("s2-resultat");
        actif().sendKeys(Keys.chord(Keys.CONTROL, "a"), "28 %");
        actif().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
        actif().sendKeys("Non connu");

        // 4. Save the draft
        cliquer("enregistrer-brouillon");
        assertThat(navigateur.element(By.id("message-succes")).getText()).contains("Brouillon enregistré");

        // 5. Reload: the values are there, as the user would print them
        driver.navigate().refresh();
        assertThat(cellule(0, "resultat").getAttribute("value")).isEqualTo("59");
        assertThat(cellule(0, "commentaire").getAttribute("value")).isEqualTo("Bilan de l'association au 31/12/2024");
        assertThat(cellule(1, "resultat").getAttribute("value")).isEqualTo("47");
        assertThat(cellule(2, "resultat").getAttribute("value")).isEqualTo("28\u00A0%");
        assertThat(cellule(3, "resultat").getAttribute("value")).isEqualTo("Non connu");

        // 6. A negative value is refused with a French message; what was typed stays
        WebElement errone = cellule(4, "resultat");
        errone.clear();
        errone.sendKeys("-3");
        cliquer("enregistrer-brouillon");
        assertThat(navigateur.element(By.id("resume-erreurs")).getText()).contains("La valeur « -3 » n'est pas valide");
        assertThat(cellule(4, "resultat").getAttribute("value")).isEqualTo("-3");
        assertThat(cellule(0, "resultat").getAttribute("value")).isEqualTo("59");

        // 7. Submitting is refused while results are missing
        cellule(4, "resultat").clear();
        cliquer("soumettre");
        assertThat(navigateur.element(By.id("resume-erreurs")).getText()).contains("Soumission refusée");
    }
}
