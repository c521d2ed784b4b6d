package fr.pacte.financement.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.Navigateur;
import fr.pacte.support.ParcoursNavigateur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journey A in a real headless Chromium: a Département agent signs in, opens the tableau financier 2024, changes an
 * amount of a fiche and sees the TOTAL FINANCIER change.
 */
class TableauFinancierBrowserIT extends ParcoursNavigateur {



    @Test
    @DisplayName("Parcours A — modifier le montant État de la fiche 7 fait passer le TOTAL FINANCIER du brouillon de "
            + "578 633 à 583 633 € ; la version en vigueur reste à 578 633 €")
    void agentChangesAnAmountAndSeesTheTotalChange() {
        long convention = DemoVienne.convention(jdbc);

        // 1. Sign in as the Département's agent
        navigateur.seConnecter("agent.departement", "demo");
        assertThat(navigateur.driver().getPageSource()).contains("Mes conventions");

        // 2. Open the convention, then its tableau financier 2024
        navigateur.element(By.linkText("Contrat départemental des solidarités et au titre de l'insertion et de l'emploi "
                + "dans le cadre de la réforme France Travail")).click();
        navigateur.element(By.linkText("Tableau financier")).click();
        assertThat(totalFinancier("etat")).isEqualTo("1" + NNBSP + "132" + NNBSP + "241,00 €");
        assertThat(totalChamp("SOL")).contains("578" + NNBSP + "633,00 €", "1" + NNBSP + "815" + NNBSP + "650,00 €");

        // 3. Open fiche 7 from the table and edit it
        navigateur.element(By.cssSelector("table[data-champ=SOL] tr[data-fiche='7'] a")).click();
        navigateur.element(By.id("modifier-fiche")).click();
        WebElement etat2024 = navigateur.element(By.id("budget0.etat"));
        assertThat(etat2024.getAttribute("value")).isEqualTo("10 000,00");

        // 4. A malformed amount is refused, what was typed stays
        etat2024.clear();
        etat2024.sendKeys("150 00");
        navigateur.element(By.id("enregistrer")).click();
        assertThat(navigateur.element(By.id("resume-erreurs")).getText()).contains("Le montant « 150 00 »");
        assertThat(navigateur.element(By.id("budget0.etat")).getAttribute("value")).isEqualTo("150 00");

        // 5. The right amount is saved
        WebElement corrige = navigateur.element(By.id("budget0.etat"));
        corrige.clear();
        corrige.sendKeys("15 000,00");
        navigateur.element(By.id("enregistrer")).click();
        assertThat(navigateur.element(By.cssSelector(".alerte.succes")).getText()).contains("enregistrée");

        // 6. The Vienne is signed: the change went into the draft version 1, which the fiche page now shows
        assertThat(navigateur.element(By.id("bandeau-version")).getText()).contains("projet de version 1");

        // 7. The tableau financier shows the version in force by default: still 578 633,00 € (R-SEC-8)
        navigateur.ouvrir("/conventions/" + convention + "/tableau-financier?annee=2024");
        assertThat(navigateur.element(By.id("bandeau-version")).getText()).contains("version en vigueur (v0)");
        assertThat(totalChamp("SOL")).contains("578" + NNBSP + "633,00 €", "1" + NNBSP + "815" + NNBSP + "650,00 €");

        // 8. The version switch shows the draft: the totals follow
        new org.openqa.selenium.support.ui.Select(navigateur.element(By.id("choix-version"))).selectByValue("1");
        navigateur.attendre().until(d -> d.getCurrentUrl().contains("version=1"));
        assertThat(totalChamp("SOL")).contains("583" + NNBSP + "633,00 €", "1" + NNBSP + "820" + NNBSP + "650,00 €");
        assertThat(totalFinancier("etat")).isEqualTo("1" + NNBSP + "137" + NNBSP + "241,00 €");
        assertThat(navigateur.driver().getCurrentUrl()).contains("annee=2024");
    }

    private String totalFinancier(String colonne) {
        return navigateur.element(By.cssSelector("#total-financier td[data-colonne=" + colonne + "]")).getText();
    }

    private String totalChamp(String champ) {
        return navigateur.element(By.cssSelector("table[data-champ=" + champ + "] tr.total-champ")).getText();
    }
}
