package fr.pacte.securite.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.ParcoursNavigateur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 12 item 2, in the browser: the administrator creates an agent for the Deux-Sèvres with a first password;
 * the agent signs in, must choose their own password, then reaches their conventions (none yet for the 79), creates
 * one in the convention-creation screen (R-SEC-13) and sees it among theirs; the administrator finds both acts of
 * the account in the journal of the administration (R-SEC-10).
 */
class AdministrationBrowserIT extends ParcoursNavigateur {

    private static final String PROVISOIRE = "Marais poitevin 2026";
    private static final String CHOISI = "Les vaches parthenaises du bocage";

    @Test
    @DisplayName("R-SEC-6, R-SEC-13 — l'administrateur crée un agent des Deux-Sèvres, qui change son mot de passe, crée une convention du 79 et la voit")
    void administratorCreatesAnAgentWhoChangesThePasswordAndCreatesAConvention() {
        // 1. The administrator signs in and opens the accounts from the header.
        navigateur.seConnecter("admin", "demo");
        navigateur.element(By.linkText("Administration")).click();
        navigateur.attendre().until(ExpectedConditions.urlContains("/administration/comptes"));

        // 2. The organisations of the Deux-Sèvres, chosen in the list (which sends itself, no inline script).
        navigateur.element(By.linkText("Organisations")).click();
        new Select(navigateur.element(By.id("territoire"))).selectByValue("79");
        navigateur.attendre().until(ExpectedConditions.urlContains("territoire=79"));
        assertThat(navigateur.element(By.id("organisations")).getText())
                .contains("Département des Deux-Sèvres", "Préfecture des Deux-Sèvres")
                .doesNotContain("Préfecture de la Vienne");

        // 3. A new account: an agent of the Département des Deux-Sèvres, with a first password.
        navigateur.ouvrir("/administration/comptes");
        navigateur.element(By.linkText("Créer un compte")).click();
        navigateur.element(By.id("login")).sendKeys("agent.niort");
        navigateur.element(By.id("nomAffiche")).sendKeys("Agent de Niort");
        new Select(navigateur.element(By.id("role"))).selectByVisibleText("Agent du Département");
        new Select(navigateur.element(By.id("departementId"))).selectByVisibleText("79 — Deux-Sèvres");
        new Select(navigateur.element(By.id("organisationId"))).selectByVisibleText("Département des Deux-Sèvres");
        navigateur.element(By.id("motDePasse")).sendKeys(PROVISOIRE);
        navigateur.element(By.cssSelector("button[type=submit].bouton")).click();
        navigateur.attendre().until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
        assertThat(navigateur.element(By.id("message")).getText()).contains("Le compte agent.niort a été créé");
        assertThat(navigateur.element(By.id("compte-agent.niort")).getText())
                .contains("79 — Deux-Sèvres", "Département des Deux-Sèvres", "mot de passe provisoire", "jamais");

        // 4. The administrator signs out; the agent signs in with the first password and must change it.
        navigateur.element(By.cssSelector("form[action$='/deconnexion'] button")).click();
        navigateur.attendre().until(ExpectedConditions.urlContains("deconnecte"));
        navigateur.seConnecter("agent.niort", PROVISOIRE);
        navigateur.attendre().until(ExpectedConditions.urlContains("/compte/mot-de-passe"));
        assertThat(navigateur.element(By.id("mot-de-passe-provisoire")).getText()).contains("provisoire");
        navigateur.ouvrir("/conventions");
        assertThat(navigateur.driver().getCurrentUrl()).endsWith("/compte/mot-de-passe");

        // 5. Their own password; then the conventions page of the 79, which has none yet.
        navigateur.element(By.id("actuel")).sendKeys(PROVISOIRE);
        navigateur.element(By.id("nouveau")).sendKeys(CHOISI);
        navigateur.element(By.id("confirmation")).sendKeys(CHOISI);
        navigateur.element(By.cssSelector("main button[type=submit]")).click();
        navigateur.attendre().until(ExpectedConditions.urlContains("/conventions"));
        assertThat(navigateur.element(By.tagName("h1")).getText()).isEqualTo("Mes conventions");
        assertThat(navigateur.element(By.tagName("main")).getText())
                .contains("Aucune convention n'est accessible avec votre compte.");
        assertThat(navigateur.element(By.className("utilisateur")).getText()).contains("Agent de Niort",
                "Département des Deux-Sèvres");
        assertThat(jdbc.queryForObject("select mot_de_passe_provisoire from utilisateur where login = 'agent.niort'",
                Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select derniere_connexion is not null from utilisateur where login = 'agent.niort'",
                Boolean.class)).isTrue();

        // 6. The agent creates the convention of the 79 in the creation screen (identity and parties, saved at once).
        navigateur.element(By.id("nouvelle-convention")).click();
        navigateur.attendre().until(ExpectedConditions.urlContains("/conventions/nouvelle"));
        saisir("numero", "2025-C-NIORT-0001");
        saisir("intitule", "Contrat départemental des solidarités des Deux-Sèvres (agent.niort)");
        saisir("parties0.organisme", "Préfecture des Deux-Sèvres");
        saisir("parties1.organisme", "Département des Deux-Sèvres");
        new Select(navigateur.element(By.id("parties1.role"))).selectByValue("DEPARTEMENT");
        navigateur.element(By.id("enregistrer-identite")).click();
        navigateur.attendre().until(d -> d.getCurrentUrl().endsWith("/structure"));
        navigateur.attendre().ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("message-succes")).getText().contains("2025-C-NIORT-0001"));

        // 7. It is among their conventions, in the Deux-Sèvres, still in elaboration.
        navigateur.ouvrir("/conventions");
        assertThat(navigateur.element(By.tagName("main")).getText()).contains("2025-C-NIORT-0001")
                .doesNotContain("Aucune convention n'est accessible avec votre compte.");
        assertThat(jdbc.queryForObject("select d.code from convention c join departement d on d.id = c.departement_id "
                + "where c.numero_interne = '2025-C-NIORT-0001'", String.class)).isEqualTo("79");

        // 8. The administrator finds the account's creation in the journal of the administration.
        navigateur.element(By.cssSelector("form[action$='/deconnexion'] button")).click();
        navigateur.attendre().until(ExpectedConditions.urlContains("deconnecte"));
        navigateur.seConnecter("admin", "demo");
        navigateur.ouvrir("/administration/comptes");
        navigateur.element(By.id("lien-journal-administration")).click();
        navigateur.attendre().until(ExpectedConditions.urlContains("/administration/journal"));
        assertThat(navigateur.element(By.id("entrees-journal")).getText()).contains("Compte créé",
                "Compte agent.niort", "Mot de passe changé");
    }

    private void saisir(String id, String texte) {
        WebElement champ = navigateur.element(By.id(id));
        champ.clear();
        champ.sendKeys(texte);
    }
}
