package fr.pacte.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded (Selenium Manager is bypassed by
 * giving both paths). Flags keep Chromium off the network, which this machine does not have.
 */
public final class Navigateur implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("pacte.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("pacte.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Navigateur(int port) throws java.io.IOException {
        this.base = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=fr-FR",
                "--user-data-dir=" + Files.createTempDirectory("pacte-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public static boolean disponible() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public void ouvrir(String chemin) {
        driver.get(base + chemin);
    }

    public void seConnecter(String login, String motDePasse) {
        ouvrir("/connexion");
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(motDePasse);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        attendre().until(d -> !d.getCurrentUrl().contains("/connexion"));
    }

    public WebElement element(By selecteur) {
        return driver.findElement(selecteur);
    }

    public WebDriverWait attendre() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * Waits until {@code ancien}, an element of the page before a click, has gone with its page. While the old page
     * is being torn down Chromium may answer "Node with given id does not belong to the document" instead of a stale
     * element; both mean the old document is gone (Selenium's {@code stalenessOf} only knows the second).
     */
    public void attendreDisparition(WebElement ancien) {
        attendre().until(d -> {
            try {
                ancien.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Clicks something that loads a new page, and waits for that page. */
    public void cliquerVersNouvellePage(WebElement element) {
        WebElement page = element(By.tagName("html"));
        element.click();
        attendreDisparition(page);
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
