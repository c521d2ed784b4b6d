package fr.pacte.consolidation.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.ParcoursNavigateur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * M16 in a real headless Chromium: the préfecture de région opens the consolidation from the header, reads the
 * Vienne's 2024 envelope, changes the exercice with the selector and clicks through to the Vienne's convention.
 */
class ConsolidationBrowserIT extends ParcoursNavigateur {

    @Test
    @DisplayName("M16 — prefecture.na : menu « Consolidation », la Vienne à 1 132 241,00 € en 2024, le sélecteur "
            + "d'exercice, puis le lien vers la convention de la Vienne")
    void prefectureOpensTheConsolidationAndDrillsDown() {
        long convention = DemoVienne.convention(jdbc);
        navigateur.seConnecter("prefecture.na", "demo");
        navigateur.element(By.id("menu-consolidation")).click();
        navigateur.attendre().until(d -> d.getCurrentUrl().contains("/consolidation"));

        new Select(navigateur.element(By.id("exercice"))).selectByValue("2024");
        navigateur.attendre().until(d -> d.getCurrentUrl().contains("exercice=2024"));
        assertThat(navigateur.element(By.tagName("h1")).getText()).isEqualTo("Consolidation régionale 2024");
        assertThat(navigateur.element(By.cssSelector("tr[data-departement='86'] td[data-colonne=enveloppeEtat]"))
                .getText()).isEqualTo("1" + NNBSP + "132" + NNBSP + "241,00 €");
        assertThat(navigateur.driver().findElements(By.cssSelector("section[data-region='75'] tr[data-departement]")))
                .hasSize(12);

        navigateur.element(By.linkText(DemoVienne.NUMERO)).click();
        navigateur.attendre().until(d -> d.getCurrentUrl().endsWith("/conventions/" + convention));
        assertThat(navigateur.driver().getPageSource()).contains(DemoVienne.NUMERO);
    }
}
