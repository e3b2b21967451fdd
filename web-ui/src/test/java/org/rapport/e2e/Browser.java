package org.rapport.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through /usr/bin/chromedriver (Selenium Manager would try to download a
 * browser). Screenshots go to web-ui/target/screenshots.
 * <p>
 * Where the two are not installed the browser tests are skipped with a message saying how to install them, so
 * {@code ./mvnw verify} passes on a machine without them; {@code .ci/run} installs them and sets
 * {@value #REQUIRED} so that there a missing browser fails the build instead of skipping its tests.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String REQUIRED = "RAPPORT_E2E_REQUIRED";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base, int width, int height) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv(REQUIRED))) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing + "; skipped.");
        }
        this.base = base;
        this.profile = Files.createTempDirectory("rapport-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits up to 20 s; on a timeout the page is saved as a screenshot named after the time, to see why. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("timeout-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException ignored) {
                // the timeout is the failure worth reporting
            }
            throw e;
        }
    }

    WebElement byId(String id) {
        return waitFor(d -> {
            var found = d.findElements(By.id(id));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    /** Scrolls the element to the middle of the window first, as a person would before clicking it. */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Fills a Vaadin field by its label text through its inner input, as a person would type. */
    void signIn(String username, String password) {
        open("/login");
        WebElement user = waitFor(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waitFor(d -> d.getCurrentUrl().contains("/login") ? null : d.getCurrentUrl());
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
