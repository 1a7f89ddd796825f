package org.migkb.server;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private static WebDriver openBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1200,1800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @Test
    void uploadedExampleShowsItsTopDiagnosis() throws Exception {
        Path example = Path.of("examples/q183312-custom-recipient").toAbsolutePath();
        try (MigkbServer server = MigkbServer.start(ServerSettings.defaults().withPort(0))) {
            WebDriver browser = openBrowser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                assertEquals("migkb: diagnose an Exchange migration", browser.getTitle());
                String files = Http.filesOf(example).stream().map(Path::toString).collect(Collectors.joining("\n"));
                browser.findElement(By.id("files")).sendKeys(files);
                // The answer controls are built from GET /api/v1/questions once the page has loaded.
                var servicePack = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.name("servicePack")).stream().findFirst().orElse(null));
                new Select(servicePack).selectByVisibleText("SP0");
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

    @Test
    void theAnswerControlsAreTheLoadedArticlesQuestions() throws Exception {
        Path folder = Path.of("src/test/resources/rule-folders/new-question");
        ServerSettings settings = ServerSettings.defaults().withPort(0).withRuleFolders(List.of(folder), Duration.ofSeconds(60));
        try (MigkbServer server = MigkbServer.start(settings)) {
            WebDriver browser = openBrowser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                var asked = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.name("spoolerRestarted")).stream().findFirst().orElse(null));
                assertEquals(List.of("not known", "yes", "no"),
                        new Select(asked).getOptions().stream().map(WebElement::getText).toList());
                assertTrue(browser.findElement(By.id("answers")).getText().contains("Was the MAPI spooler restarted while the wizard ran?"));
                assertEquals(7, browser.findElements(By.cssSelector("#answers select, #answers input")).size(),
                        "the six built-in questions and the folder's");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void anUploadedZipIsDiagnosedAsItsFiles(@TempDir Path temp) throws Exception {
        Path zip = Files.write(temp.resolve("case.zip"), new org.migkb.ingest.ArchiveWriter()
                .addFolder(Path.of("examples/q183312-custom-recipient"), "case/").zip());
        try (MigkbServer server = MigkbServer.start(ServerSettings.defaults().withPort(0))) {
            WebDriver browser = openBrowser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                browser.findElement(By.id("files")).sendKeys(zip.toString());
                browser.findElement(By.id("diagnose")).click();
                var top = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> d.findElements(By.cssSelector("section.diagnosis[data-rank='1'] .diagnosis-title")).stream()
                                .findFirst().orElse(null));
                assertEquals("1. Q183312 custom-recipient-converted", top.getText());
                String results = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('results').textContent");
                assertTrue(results.contains("case.zip!/case/"), "evidence cites the members inside the zip");
                File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Path kept = Files.createDirectories(Path.of("target/report-screenshots")).resolve("web-page-zip.png");
                Files.copy(shot.toPath(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                assertTrue(Files.size(kept) > 20_000);
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The hostile-values case (src/test/resources/cases/hostile-values), one of its files renamed to
     * an HTML element: the page shows every value as text, makes no element from any, runs no
     * script, and shows controls and bidi overrides as escapes.
     */
    @Test
    void hostileValuesShowAsTextOnly(@TempDir Path temp) throws Exception {
        String hostileName = "<img src=x onerror=alert(1)> users.csv";
        Path folder = Files.createDirectories(temp.resolve("case"));
        for (Path file : Http.filesOf(Path.of("src/test/resources/cases/hostile-values"))) {
            String name = file.getFileName().toString();
            Files.copy(file, folder.resolve(name.equals("users.csv") ? hostileName : name));
        }
        try (MigkbServer server = MigkbServer.start(ServerSettings.defaults().withPort(0))) {
            WebDriver browser = openBrowser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                browser.findElement(By.id("files")).sendKeys(Http.filesOf(folder).stream().map(Path::toString).collect(Collectors.joining("\n")));
                assertTrue(browser.findElement(By.id("file-list")).getText().contains(hostileName),
                        browser.findElement(By.id("file-list")).getText());
                browser.findElement(By.id("diagnose")).click();
                new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(d -> !d.findElements(By.cssSelector("section.diagnosis")).isEmpty());
                // An alert would make every further command fail; an element made from a value would show here.
                assertEquals(0L, ((JavascriptExecutor) browser).executeScript(
                        "return document.querySelectorAll('img, script:not([src]), iframe, svg, #results a:not([download])').length"));
                assertEquals(1, browser.findElements(By.cssSelector("section.diagnosis")).size());
                String results = (String) ((JavascriptExecutor) browser).executeScript("return document.getElementById('results').textContent");
                for (String shown : new String[] {"already exists for <img src=x onerror=alert(1)>,", "already exists for # Diagnosis,",
                        "[a](javascript:alert(1))", "Eve Forger\\r\\n1. Q999999 failed  confidence 1.00\\r\\n## 1. Q999999 forged",
                        "Esc\\x1b[2J\\x1b]0;owned\\x07 Name", "Bidi \\u202egnp.exe\\u202c Name", "Nul\\x00 Name", hostileName}) {
                    assertTrue(results.contains(shown), shown + " not shown in:\n" + results);
                }
                for (int i = 0; i < results.length(); i++) {
                    char c = results.charAt(i);
                    assertTrue(c >= 0x20 && (c < 0x7f || c > 0x9f) && !(c >= '\u2028' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069'),
                            "U+" + Integer.toHexString(c) + " shown raw");
                }
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * A harmless finding (the test-only rule folder of HarmlessVerdictTest) is shown as needing no
     * action, and the symptom it explains in another candidate as explained, not as evidence for.
     */
    @Test
    void harmlessFindingAndExplainedEvidenceAreShownPlainly() throws Exception {
        Path folder = Path.of("src/test/resources/rulefolders/harmless-trial").toAbsolutePath();
        Path list = Path.of("examples/q182665-edited-user-list").toAbsolutePath();
        String files = String.join("\n", list.resolve("users.csv").toString(), list.resolve("directory.csv").toString(),
                folder.resolve("scenarios/trial-only/application-log.csv").toString());
        try (MigkbServer server = MigkbServer.start(ServerSettings.defaults().withPort(0)
                .withRuleFolders(java.util.List.of(folder), Duration.ofMinutes(10)))) {
            WebDriver browser = openBrowser();
            try {
                browser.get("http://127.0.0.1:" + server.port() + "/");
                browser.findElement(By.id("files")).sendKeys(files);
                browser.findElement(By.id("diagnose")).click();
                var harmless = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(d -> d.findElements(By.cssSelector("section.diagnosis[data-rank='2']")).stream().findFirst().orElse(null));
                assertEquals("Harmless: no action needed", harmless.findElement(By.cssSelector(".status.harmless")).getText());
                assertTrue(harmless.findElement(By.cssSelector("ul.explains")).getText().contains("no longer counted for Q182665"),
                        harmless.getText());
                String risk = browser.findElement(By.cssSelector("section.diagnosis[data-rank='1']")).getText();
                assertTrue(risk.contains("At risk") && risk.contains("explained by Q900100/trial-mailbox: does not count"), risk);
            } finally {
                browser.quit();
            }
        }
    }
}
