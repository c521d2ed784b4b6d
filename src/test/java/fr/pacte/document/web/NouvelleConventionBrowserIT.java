package fr.pacte.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.ParcoursNavigateur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Journey of issue 9 in a real headless Chromium: agent.deux-sevres, whose Département has no convention yet, creates
 * one in the screens (identity, one champ, two axes, three fiches), enters the fiches' amounts in the fiche form, then
 * sees its tableau financier and its controls.
 */
class NouvelleConventionBrowserIT extends ParcoursNavigateur {

    private void saisir(String id, String texte) {
        WebElement champ = navigateur.element(By.id(id));
        champ.clear();
        champ.sendKeys(texte);
    }

    /** Date inputs are typed in the browser's locale: the value is set as the form sends it (ISO). */
    private void date(String id, String iso) {
        ((JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].value = arguments[1]",
                navigateur.element(By.id(id)), iso);
    }

    /** The next page's success message says {@code texte} (the previous page may still be there for a moment). */
    private void succes(String texte) {
        // While the next page loads, the previous one's elements vanish under the driver: try again until it is there.
        navigateur.attendre().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.id("message-succes")).getText().contains(texte));
    }

    private void ouvrir(String resume) {
        WebElement details = navigateur.element(By.xpath("//summary[normalize-space()='" + resume + "']/.."));
        if (details.getAttribute("open") == null) {
            navigateur.element(By.xpath("//summary[normalize-space()='" + resume + "']")).click();
        }
    }

    private void ajouterAxe(String numero, String libelle) {
        ouvrir("Ajouter un axe au champ SOL");
        saisir("axe-SOL-numero", numero);
        saisir("axe-SOL-libelle", libelle);
        navigateur.element(By.id("ajouter-axe-SOL")).click();
        succes("axe " + numero);
    }

    private void ajouterFiche(String numero, String intitule, String... axes) {
        ouvrir("Ajouter une fiche-action");
        saisir("numero", numero);
        saisir("intitule", intitule);
        saisir("description", "Action " + numero + " saisie à l'écran.");
        for (String axe : axes) {
            navigateur.element(By.xpath("//form[@id='form-fiche']//label[contains(., '" + axe + "')]")).click();
        }
        navigateur.element(By.id("ajouter-fiche")).click();
        succes("fiche " + numero);
    }

    private void budget(String numero, String... montants) {
        navigateur.element(By.cssSelector("tr[data-fiche='" + numero + "'] a[href$='/modifier']")).click();
        for (int i = 0; i < montants.length; i += 2) {
            saisir("budget" + (i / 2) + ".etat", montants[i]);
            saisir("budget" + (i / 2) + ".departement", montants[i + 1]);
        }
        navigateur.element(By.id("enregistrer")).click();
        succes("enregistrée");
    }

    @Test
    @DisplayName("R-SEC-13 — agent.deux-sevres saisit une convention (un champ, deux axes, trois fiches), ses montants, puis voit son tableau financier et ses contrôles")
    void agentOfTheDeuxSevresEntersAConventionInTheScreens() {
        // 1. A Département without convention: the home page says what to do
        navigateur.seConnecter("agent.deux-sevres", "demo");
        assertThat(navigateur.element(By.id("aucune-convention")).getText()).contains("Nouvelle convention");
        navigateur.element(By.id("nouvelle-convention")).click();

        // 2. Identity and parties, saved at once
        saisir("numero", "2025-C-DGAS-79-0001");
        saisir("intitule", "Contrat départemental des solidarités des Deux-Sèvres");
        saisir("parties0.organisme", "Préfecture des Deux-Sèvres");
        saisir("parties1.organisme", "Département des Deux-Sèvres");
        new org.openqa.selenium.support.ui.Select(navigateur.element(By.id("parties1.role"))).selectByValue("DEPARTEMENT");
        navigateur.element(By.id("enregistrer-identite")).click();
        navigateur.attendre().until(d -> d.getCurrentUrl().endsWith("/structure"));
        succes("2025-C-DGAS-79-0001");

        // 3. One champ (calendar exercices 2025), then two axes
        saisir("code", "SOL");
        saisir("libelle", "Champ des solidarités");
        date("debut", "2025-01-01");
        date("fin", "2025-12-31");
        navigateur.element(By.id("ajouter-champ")).click();
        succes("SOL");
        ajouterAxe("1", "Prévenir la pauvreté dès l'enfance");
        ajouterAxe("2", "Accès aux droits");

        // 4. Three fiches, the third on both axes
        ajouterFiche("1", "Crèche à vocation sociale", "Axe 1");
        ajouterFiche("2", "Aller vers en ruralité", "Axe 2");
        ajouterFiche("3", "Chargé de mission partagé", "Axe 1", "Axe 2");
        assertThat(navigateur.driver().findElements(By.cssSelector("#liste-fiches tbody tr"))).hasSize(3);

        // 5. Their amounts, in the fiche form (one row per axe for exercice 2025)
        budget("1", "10000", "15000");
        navigateur.ouvrir(navigateur.driver().getCurrentUrl().replaceAll(".*(/conventions/\\d+).*", "$1") + "/structure");
        budget("2", "8000", "8000");
        navigateur.ouvrir(navigateur.driver().getCurrentUrl().replaceAll(".*(/conventions/\\d+).*", "$1") + "/structure");
        budget("3", "2000", "2000", "3000", "2000");

        // 6. The tableau financier adds it all up, per axe and in total
        String convention = navigateur.driver().getCurrentUrl().replaceAll(".*(/conventions/\\d+).*", "$1");
        navigateur.ouvrir(convention + "/tableau-financier");
        assertThat(navigateur.element(By.cssSelector("tr.sous-total[data-axe='1']")).getText())
                .contains("12" + NNBSP + "000,00 €", "17" + NNBSP + "000,00 €", "29" + NNBSP + "000,00 €");
        assertThat(navigateur.element(By.cssSelector("#total-financier td[data-colonne=etat]")).getText())
                .isEqualTo("23" + NNBSP + "000,00 €");
        assertThat(navigateur.element(By.cssSelector("#total-financier td[data-colonne=total]")).getText())
                .isEqualTo("50" + NNBSP + "000,00 €");

        // 7. Its controls: fiche 3 on axe 2 (3 000 État / 2 000 Département, 40 %) is under the parity rule
        navigateur.ouvrir(convention + "/controles");
        assertThat(navigateur.element(By.tagName("main")).getText()).contains("PARITE").contains("3");
    }
}
