package org.migkb.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the web page in Debian's headless Chromium through chromedriver (both installed by
 * .ci/run): an engineer picks a case's files, gives an answer, and reads the top diagnosis.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void uploadedExampleShowsItsTopDiagnosis() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1200,1800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        Path example = Path.of("examples/q183312-custom-recipient").toAbsolutePath();
        try (MigkbServer server = MigkbServer.start(ServerSettings.defaults().withPort(0))) {
            WebDriver browser = new ChromeDriver(service, options);
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                assertEquals("migkb: diagnose an Exchange migration", browser.getTitle());
                String files = Http.filesOf(example).stream().map(Path::toString).collect(Collectors.joining("\n"));
                browser.findElement(By.id("files")).sendKeys(files);
                new Select(browser.findElement(By.name("servicePack"))).selectByVisibleText("SP0");
                browser.findElement(By.id("diagnose")).click();
                var top = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.cssSelector("section.diagnosis[data-rank='1'] .diagnosis-title")).stream()
                                .findFirst().orElse(null));
                assertEquals("1. Q183312 custom-recipient-converted", top.getText());
                String affected = browser.findElement(By.cssSelector("section.diagnosis[data-rank='1'] .affected")).getText();
                assertTrue(affected.contains("NET1/PO1/CAROL") && affected.contains("NET1/PO1/DAVE"), affected);
                assertTrue(browser.findElement(By.linkText("Download the report (JSON)")).getAttribute("href").startsWith("blob:"));
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Path kept = Files.createDirectories(Path.of("target/report-screenshots")).resolve("web-page.png");
                Files.copy(shot.toPath(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                assertTrue(Files.size(kept) > 20_000);
            } finally {
                browser.quit();
            }
        }
    }
}
