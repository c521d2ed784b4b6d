package fr.pacte.avenant.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.ParcoursNavigateur;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole cycle of an avenant in a real headless Chromium (issue 10, DOMAIN.md §6.3, §6.4, FX-10): the Vienne's
 * "Avenant n° 1 — exercice 2025" is prepared by the Département from "reconduire les montants 2024" with fiche 13
 * funded, submitted by its valideur, contested line by line and returned by the préfecture, corrected, validated and
 * agreed, voted and signed by the finance officer; the 2025 tableau financier in force follows while the convention
 * « en vigueur au » the day before does not; the journal lists every step and its chain holds. Each person sees
 * only the moves their role may make.
 */
class CycleAvenantBrowserIT extends ParcoursNavigateur {

    private long convention;

    private void connecter(String login) {
        navigateur.driver().manage().deleteAllCookies();
        navigateur.seConnecter(login, "demo");
    }

    private String texte(String id) {
        return navigateur.element(By.id(id)).getText();
    }

    private List<WebElement> tous(String css) {
        return navigateur.driver().findElements(By.cssSelector(css));
    }

    private void choisir(String nom, String valeur) {
        new Select(navigateur.element(By.name(nom))).selectByValue(valeur);
    }

    private void saisir(String nom, String valeur) {
        WebElement champ = navigateur.element(By.name(nom));
        champ.clear();
        champ.sendKeys(valeur);
    }

    /** A date input takes its value in ISO form, whatever the browser's display format. */
    private void date(String id, String iso) {
        ((JavascriptExecutor) navigateur.driver()).executeScript("arguments[0].value = arguments[1];",
                navigateur.element(By.id(id)), iso);
    }

    /** The index of the row of table {@code table} (form list) whose select {@code champ} has this value. */
    private int rang(String table, String champ, String valeur) {
        for (int i = 0; i < 50; i++) {
            List<WebElement> e = navigateur.driver().findElements(By.name(table + "[" + i + "]." + champ));
            if (e.isEmpty()) {
                break;
            }
            if (valeur.equals(e.get(0).getAttribute("value"))) {
                return i;
            }
        }
        throw new AssertionError("Pas de rang " + champ + " = " + valeur + " dans " + table);
    }

    /** The first blank row of a table of the avenant's form. */
    private int rangVide(String table) {
        return rang(table, "montant", "");
    }

    private void bouton(String css) {
        navigateur.cliquerVersNouvellePage(navigateur.element(By.cssSelector(css)));
    }

    private void cliquer(String id) {
        navigateur.cliquerVersNouvellePage(navigateur.element(By.id(id)));
    }

    private void avenant() {
        navigateur.ouvrir("/conventions/" + convention + "/avenants/1");
    }

    private String totalChamp() {
        return navigateur.element(By.cssSelector("table[data-champ=SOL] tr.total-champ")).getText();
    }

    @Test
    @DisplayName("Issue 10 — avenant n° 1 (2025) : préparé, soumis, ligne de la fiche 13 contestée puis corrigée, "
            + "validé, accordé, délibéré et signé le 14/03/2025 ; le tableau 2025 en vigueur passe à 593 633 € État, "
            + "la veille il est vide ; le journal liste chaque étape et sa chaîne est intacte")
    void wholeCycleOfTheAvenant() {
        convention = DemoVienne.convention(jdbc);

        // 1. The Département's agent prepares "Avenant n° 1 — exercice 2025" from "reconduire les montants 2024".
        connecter("agent.departement");
        navigateur.ouvrir("/conventions/" + convention);
        cliquer("lien-avenants");
        cliquer("preparer-avenant");
        navigateur.element(By.id("reconduire-2025")).click();
        cliquer("creer-avenant");
        assertThat(navigateur.element(By.tagName("h1")).getText()).isEqualTo("Avenant n° 1 — exercice 2025");
        assertThat(texte("sans-constat")).contains("Aucun constat");
        assertThat(navigateur.element(By.cssSelector("#totaux-avant-apres tr.total-champ")).getText())
                .contains("0,00 €", "578" + NNBSP + "633,00 €");

        // 2. Fiche 13 is funded in 2025 (its Département share typed, wrongly, as new credits); the complements and
        //    the amounts of axe 3 and of the champ follow, so that R-FIN-22 holds.
        cliquer("modifier-avenant");
        int l = rangVide("lignes");
        choisir("lignes[" + l + "].fiche", "13");
        saisir("lignes[" + l + "].axe", "3");
        saisir("lignes[" + l + "].exercice", "2025");
        choisir("lignes[" + l + "].financeur", "ETAT");
        choisir("lignes[" + l + "].nature", "CREDITS_NOUVEAUX");
        saisir("lignes[" + l + "].montant", "15 000,00");
        l = rangVide("lignes");
        choisir("lignes[" + l + "].fiche", "13");
        saisir("lignes[" + l + "].axe", "3");
        saisir("lignes[" + l + "].exercice", "2025");
        choisir("lignes[" + l + "].financeur", "DEPARTEMENT");
        choisir("lignes[" + l + "].nature", "CREDITS_NOUVEAUX");
        saisir("lignes[" + l + "].montant", "15 000,00");
        saisir("complements[" + rang("complements", "financeur", "ETAT") + "].montant", "593 633,00");
        saisir("complements[" + rang("complements", "financeur", "DEPARTEMENT") + "].montant", "716 524,00");
        saisir("montants[" + rang("montants", "axe", "3") + "].montant", "125 428,00");
        int m = rangVide("montants");
        choisir("montants[" + m + "].champ", "SOL");
        saisir("montants[" + m + "].exercice", "2025");
        choisir("montants[" + m + "].financeur", "ETAT");
        saisir("montants[" + m + "].montant", "593 633,00");
        cliquer("enregistrer-avenant");
        assertThat(texte("message-succes")).contains("sans constat");
        assertThat(tous("#lignes-avenant tr[data-fiche='13']")).hasSize(2);
        assertThat(navigateur.element(By.cssSelector("#totaux-avant-apres tr.total-champ")).getText())
                .contains("593" + NNBSP + "633,00 €");
        // The agent neither submits nor agrees: those are not his moves.
        assertThat(tous("form.mouvement-avenant[data-vers=ACCORD]")).isEmpty();

        // 3. The valideur submits fiche 13 and the avenant.
        connecter("valideur.vienne");
        navigateur.ouvrir("/conventions/" + convention + "/fiches-actions/" + DemoVienne.fiche(jdbc, "13") + "/revue");
        bouton("#transition-revue button[data-vers=SOUMISE]");
        assertThat(texte("statut-revue")).contains("Soumise à la préfecture");
        avenant();
        assertThat(tous("#modifier-avenant")).isEmpty();
        bouton("form.mouvement-avenant[data-vers=EN_REVUE] button");
        assertThat(texte("statut-avenant")).contains("En revue par la préfecture");

        // 4. The préfecture finds both in its inbox, contests the Département's line of fiche 13 and returns it.
        connecter("agent.prefecture");
        assertThat(texte("menu-a-traiter")).isEqualTo("À traiter (2)");
        cliquer("menu-a-traiter");
        WebElement fiche13 = navigateur.element(By.cssSelector("article[data-type=FICHE][data-fiche='13']"));
        assertThat(fiche13.getText()).contains("Fiche 13", "15" + NNBSP + "000,00 €");
        WebElement ligne = fiche13.findElement(By.cssSelector(
                "tr[data-exercice='2025'][data-financeur=DEPARTEMENT][data-nature=CREDITS_NOUVEAUX]"));
        ligne.findElement(By.cssSelector("input[data-statut=CONTESTEE]")).click();
        ligne.findElement(By.cssSelector("input.commentaire-ligne")).sendKeys(
                "La part du Département est du temps de personnel : c'est une valorisation");
        fiche13.findElement(By.cssSelector("textarea.commentaire-fiche")).sendKeys(
                "Nature de la part du Département à corriger");
        navigateur.cliquerVersNouvellePage(fiche13.findElement(By.cssSelector("button.renvoyer-fiche")));
        assertThat(texte("message-succes")).contains("Fiche 13", "À corriger");

        // 5. The Département sees it to correct, with the comment, and moves the 15 000 € to valorisation.
        connecter("agent.departement");
        assertThat(texte("menu-a-traiter")).isEqualTo("À traiter (1)");
        cliquer("menu-a-traiter");
        assertThat(navigateur.element(By.cssSelector("article[data-fiche='13']")).getText())
                .contains("Nature de la part du Département à corriger", "c'est une valorisation");
        navigateur.ouvrir("/conventions/" + convention + "/fiches-actions/" + DemoVienne.fiche(jdbc, "13"));
        cliquer("modifier-fiche");
        navigateur.element(By.id("budget1.departement")).clear();
        navigateur.element(By.id("budget1.valorisation")).clear();
        navigateur.element(By.id("budget1.valorisation")).sendKeys("15 000,00");
        cliquer("enregistrer");
        assertThat(navigateur.element(By.cssSelector(".alerte.succes")).getText()).contains("enregistrée");

        // 6. The valideur submits it again: the contested line was changed.
        connecter("valideur.vienne");
        navigateur.ouvrir("/conventions/" + convention + "/fiches-actions/" + DemoVienne.fiche(jdbc, "13") + "/revue");
        assertThat(navigateur.element(By.cssSelector(
                "tr[data-exercice='2025'][data-financeur=DEPARTEMENT][data-nature=CREDITS_NOUVEAUX]")).getText())
                .contains("Non revue", "Modifiée par agent.departement");
        bouton("#transition-revue button[data-vers=SOUMISE]");
        assertThat(texte("statut-revue")).contains("Soumise à la préfecture");

        // 7. The préfecture validates fiche 13 and agrees to the avenant.
        connecter("agent.prefecture");
        cliquer("menu-a-traiter");
        bouton("article[data-fiche='13'] button.valider-fiche");
        assertThat(texte("message-succes")).contains("Validée par la préfecture");
        avenant();
        assertThat(tous("form.mouvement-avenant[data-vers=DELIBERE]")).isEmpty();
        bouton("form.mouvement-avenant[data-vers=ACCORD] button");
        assertThat(texte("statut-avenant")).contains("Accord de la préfecture");

        // 8. The finance officer records the délibération (a wrong count first), then the signature.
        connecter("finances.vienne");
        assertThat(texte("menu-a-traiter")).isEqualTo("À traiter (1)");
        avenant();
        new Select(navigateur.element(By.id("organe"))).selectByValue("COMMISSION_PERMANENTE");
        saisir("numero", "CP-2025-04");
        date("dateSeance", "2025-02-20");
        saisir("pour", "34");
        saisir("contre", "0");
        saisir("abstentions", "3");
        saisir("presents", "33");
        saisir("representes", "3");
        bouton("form.mouvement-avenant[data-vers=DELIBERE] button");
        assertThat(texte("refus-avenant")).contains("ne s'équilibrent pas");
        assertThat(navigateur.element(By.name("presents")).getAttribute("value")).isEqualTo("33");
        saisir("pour", "33");
        bouton("form.mouvement-avenant[data-vers=DELIBERE] button");
        assertThat(texte("statut-avenant")).contains("Délibéré");
        date("dateSignature", "2025-03-14");
        bouton("form.mouvement-avenant[data-vers=EN_VIGUEUR] button");
        assertThat(texte("statut-avenant")).contains("En vigueur", "14/03/2025");

        // 9. The 2025 tableau financier in force shows the new amounts; « en vigueur au » the day before, the old.
        navigateur.ouvrir("/conventions/" + convention + "/tableau-financier?annee=2025");
        assertThat(texte("bandeau-version")).contains("version en vigueur (v1)", "14/03/2025");
        assertThat(totalChamp()).contains("593" + NNBSP + "633,00 €", "716" + NNBSP + "524,00 €");
        assertThat(navigateur.element(By.cssSelector("table[data-champ=SOL] tr[data-fiche='13']")).getText())
                .contains("15" + NNBSP + "000,00 €");
        navigateur.ouvrir("/conventions/" + convention + "/tableau-financier?annee=2025&enVigueurAu=2025-03-13");
        assertThat(texte("bandeau-version")).contains("version 0");
        assertThat(totalChamp()).doesNotContain("593" + NNBSP + "633,00 €").contains("0,00 €");

        // 10. The journal lists every step, and its chain holds.
        navigateur.ouvrir("/conventions/" + convention + "/journal");
        List<String> actions = tous("#entrees-journal tr[data-action]").stream()
                .map(e -> e.getAttribute("data-action")).distinct().toList();
        assertThat(actions).containsSubsequence("AVENANT_CREE", "AVENANT_MODIFIE", "FICHE_SOUMISE",
                "AVENANT_EN_REVUE", "LIGNE_CONTESTEE", "FICHE_A_CORRIGER", "FICHE_MODIFIEE", "FICHE_VALIDEE",
                "AVENANT_ACCORD", "AVENANT_DELIBERE", "AVENANT_EN_VIGUEUR");
        assertThat(navigateur.element(By.cssSelector("#entrees-journal tr[data-action=LIGNE_CONTESTEE]")).getText())
                .contains("agent.prefecture", "c'est une valorisation");
        cliquer("verifier-chaine");
        assertThat(texte("chaine-valide")).contains("intacte");
    }
}
