package fr.pacte.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pacte.support.DemoVienne;
import fr.pacte.support.ExecutionVienne;
import fr.pacte.support.ParcoursNavigateur;
import fr.pacte.support.SessionHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Journey C (DOMAIN.md §1.3) in a real headless Chromium: finances.vienne enters the 2024 execution of three France
 * Travail fiches, generates the bilan final, transmits it to both préfets and downloads it; finances.etat.na then sees
 * the solde exigible (reduced per R-PAY-9), corrects the template marker of the imputation, orders and pays it.
 */
class BilanFinalBrowserIT extends ParcoursNavigateur {

    @Test
    @DisplayName("Parcours C — exécution 2024 de trois fiches FT, bilan final transmis et téléchargé (SHA-256 identique), "
            + "échéance du 31/03/2025 tenue ; le solde de 207 835,20 € devient exigible, il est ordonnancé puis payé")
    void financeOfficersCloseTheFranceTravailYear() throws Exception {
        long convention = DemoVienne.convention(jdbc);
        // 0. What others did before: agent.vienne entered the FT 2024 results, the other fiches' execution came by API
        ExecutionVienne.resultatsFt2024(jdbc);
        HttpResponse<String> api = SessionHttp.api(port, "PUT", "/api/v1/conventions/" + convention + "/execution/2024",
                "finances.vienne", ExecutionVienne.ft2024(Set.of("16", "17", "18")));
        assertThat(api.statusCode()).isEqualTo(200);

        // 1. finances.vienne opens the execution screen of 2024
        navigateur.seConnecter("finances.vienne", "demo");
        navigateur.ouvrir("/conventions/" + convention);
        navigateur.element(By.linkText("Exécution")).click();
        assertThat(navigateur.element(By.tagName("h1")).getText()).isEqualTo("Exécution 2024");

        // 2. She types the execution of fiches 16, 17 and 18 (fiche 18: 29 000 € of 30 000 €, no valorisation)
        saisir("16", "ETAT", "100 000,00");
        saisir("16", "VALORISATION", "100 000,00");
        saisir("17", "ETAT", "50 000,00");
        saisir("17", "VALORISATION", "50 000,00");
        saisir("18", "ETAT", "29 000,00");
        champ("18", "date").sendKeys("20/12/2024");
        champ("18", "piece").sendKeys("mandat 2024-18");
        navigateur.element(By.id("enregistrer-execution")).click();
        assertThat(navigateur.element(By.id("message-succes")).getText()).contains("Exécution 2024 enregistrée",
                "5 ligne(s) ajoutée(s)");
        assertThat(navigateur.element(By.cssSelector("#constats-execution li[data-code=SOUS_CONSOMMATION]"
                + "[data-fiche='18']")).getText()).contains("48,33");

        // 3. She creates the France Travail bilan final
        navigateur.ouvrir("/conventions/" + convention + "/rapports");
        new Select(navigateur.element(By.id("type"))).selectByValue("BILAN_FINAL");
        new Select(navigateur.element(By.id("champ"))).selectByValue("FT");
        navigateur.element(By.id("bouton-creer-rapport")).click();
        assertThat(navigateur.element(By.id("message-succes")).getText()).contains("créé");
        assertThat(navigateur.element(By.cssSelector("#bilan-financier tr[data-genre=TOTAL]")).getText())
                .contains("553" + NNBSP + "608,00 €", "540" + NNBSP + "000,00 €");

        // 4. She writes the synthèse, declares the report ready, transmits it to both préfets
        navigateur.element(By.id("ecrire-recits")).click();
        navigateur.element(By.id("recit_15")).sendKeys("Entretiens diagnostics réalisés dans les 15 jours.");
        navigateur.element(By.id("synthese")).sendKeys("Plan d'action France Travail 2024 mis en œuvre.");
        navigateur.element(By.id("enregistrer-recits")).click();
        navigateur.attendre().until(d -> !d.findElements(By.id("vers-PRET")).isEmpty());
        navigateur.element(By.id("vers-PRET")).click();
        attendreStatut("PRET");
        navigateur.element(By.id("date-transmission")).sendKeys("2025-03-15");
        navigateur.element(By.id("dest-region")).click();
        navigateur.element(By.id("dest-departement")).click();
        navigateur.element(By.id("vers-TRANSMIS")).click();
        attendreStatut("TRANSMIS");
        assertThat(navigateur.element(By.id("statut-rapport")).getText()).isEqualTo("Transmis");
        String shaListe = navigateur.element(By.cssSelector("code.sha256[data-format=xlsx]")).getText();
        assertThat(shaListe).hasSize(64);

        // 5. She downloads it: the page says the file is being generated, then ready; the bytes are the frozen ones
        navigateur.element(By.id("fichier-xlsx")).click();
        navigateur.attendre().until(d -> d.findElement(By.id("progression")).getAttribute("data-taille") != null);
        assertThat(navigateur.element(By.id("progression")).getText()).contains("Fichier XLSX prêt");
        String numero = navigateur.driver().getCurrentUrl().replaceAll(".*/rapports/(\\d+).*", "$1");
        byte[] xlsx = telecharger("/api/v1/conventions/" + convention + "/rapports/" + numero + "/fichier.xlsx",
                "finances.vienne");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xlsx))).isEqualTo(shaListe);
        assertThat(navigateur.element(By.id("progression")).getAttribute("data-taille"))
                .isEqualTo(String.valueOf(xlsx.length));

        // 6. The Échéances page (header) shows the bilan final of 31/03/2025 as met
        navigateur.element(By.id("menu-echeances")).click();
        WebElement bilanFinal = navigateur.element(By.cssSelector("section[data-groupe=TENUE] tr[data-code=BILAN_FINAL]"));
        assertThat(bilanFinal.getText()).contains("31/03/2025", "Tenue");

        // 7. finances.etat.na sees the solde exigible, reduced per R-PAY-9
        navigateur.ouvrir("/connexion?deconnecte");
        navigateur.driver().manage().deleteAllCookies();
        navigateur.seConnecter("finances.etat.na", "demo");
        navigateur.ouvrir("/conventions/" + convention + "/versements");
        WebElement solde = navigateur.element(By.cssSelector("#echeancier tr[data-champ=FT][data-type=SOLDE]"));
        assertThat(solde.getAttribute("data-statut")).isEqualTo("EXIGIBLE");
        assertThat(solde.findElement(By.className("montant-versement")).getText()).isEqualTo("207" + NNBSP
                + "835,20 €");
        String versement = solde.getAttribute("data-versement");

        // 8. Ordering is refused while the cost centre is the template marker MI6DDETSXX (FX-24)
        navigateur.element(By.id("ej-" + versement)).sendKeys("2103456789");
        navigateur.element(By.id("ordonnancer-" + versement)).click();
        assertThat(navigateur.element(By.id("refus-versement")).getText()).contains("MI6DDETSXX");

        // 9. She corrects both FT imputations, then orders and pays the solde
        navigateur.ouvrir("/conventions/" + convention + "/imputations");
        for (int i = 0; i < 2; i++) {
            WebElement cc = navigateur.element(By.xpath("(//tr[@data-champ='FT']//input[@name='centreCout'])[" + (i + 1)
                    + "]"));
            cc.clear();
            cc.sendKeys("MI6DDETS86");
            WebElement bouton = navigateur.element(By.xpath("(//tr[@data-champ='FT']//button)[" + (i + 1) + "]"));
            bouton.click();
            // the second save must not read the message of the first one's page
            navigateur.attendreDisparition(bouton);
            assertThat(navigateur.element(By.id("message-succes")).getText()).contains("Imputation enregistrée");
        }
        navigateur.ouvrir("/conventions/" + convention + "/versements");
        navigateur.element(By.id("ej-" + versement)).sendKeys("2103456789");
        navigateur.element(By.id("ordonnancer-" + versement)).click();
        navigateur.attendre().until(d -> !d.findElements(By.id("payer-" + versement)).isEmpty());
        assertThat(navigateur.element(By.id("message-succes")).getText()).contains("Ordonnancé");
        navigateur.element(By.id("date-" + versement)).sendKeys("20/04/2025");
        navigateur.element(By.id("payer-" + versement)).click();
        navigateur.attendre().until(d -> {
            try {
                return "PAYE".equals(d.findElement(By.cssSelector("#echeancier tr[data-versement='" + versement + "']"))
                        .getAttribute("data-statut"));
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        assertThat(navigateur.element(By.id("message-succes")).getText()).contains("Payé");
    }

    private void attendreStatut(String statut) {
        navigateur.attendre().until(d -> {
            try {
                return statut.equals(d.findElement(By.id("statut-rapport")).getAttribute("data-statut"));
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    private WebElement champ(String fiche, String nom) {
        return navigateur.element(By.cssSelector("table.execution tr[data-fiche='" + fiche + "'] input[name^='" + nom
                + "_']"));
    }

    private void saisir(String fiche, String colonne, String montant) {
        WebElement e = navigateur.element(By.cssSelector("table.execution tr[data-fiche='" + fiche + "'] input[name$='_"
                + colonne + "']"));
        e.clear();
        e.sendKeys(montant);
    }

    private byte[] telecharger(String chemin, String login) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                .header("Authorization", basic).GET().build();
        return HttpClient.newHttpClient().send(requete, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
