package io.github.govdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.govdisclosure.fixtures.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report page in a real browser: Debian's headless Chromium driven through Debian's
 * chromedriver by Selenium, both given by path, never downloaded. Skipped, with one line saying
 * why, where they are not installed ({@code apt-get install chromium chromium-driver}; {@code .ci/run}
 * does it when it can). The screenshot of the canonical example's page is kept in
 * {@code target/browser/}.
 */
class BrowserTest {
  /** Debian's paths; {@code -Dbrowser.chromium=…} and {@code -Dbrowser.chromedriver=…} give others. */
  private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  private static final Path ARTIFACTS = Path.of("target/browser");

  @TempDir
  static Path temp;

  private static ChromeDriverService service;
  private static ChromeDriver driver;
  /** Selenium's finder of drivers, which says that it skipped Selenium Manager. */
  private static final Logger FINDER = Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
  /** Selenium Manager, which downloads drivers and browsers: it must never run. */
  private static final Logger MANAGER = Logger.getLogger("org.openqa.selenium.manager.SeleniumManager");
  /** Selenium looks for devtools bindings of Chromium's version, which the test does not use. */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
  private static final List<String> FOUND = new ArrayList<>();
  private static final List<String> MANAGED = new ArrayList<>();

  /** Why there is no browser, or null. */
  private static String missing;

  @BeforeAll
  static void startTheBrowser() throws IOException {
    Path absent = !Files.isExecutable(CHROMIUM) ? CHROMIUM : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER : null;
    if (absent != null) {
      missing = absent + " is not installed (apt-get install chromium chromium-driver)";
      System.err.println("BrowserTest skipped: " + missing);
      return;
    }
    DEVTOOLS.setLevel(Level.SEVERE);
    record(FINDER, FOUND);
    record(MANAGER, MANAGED);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")), "--window-size=1280,2000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(missing == null, () -> missing);
  }

  /** Keeps every message of a logger, down to FINEST. */
  private static void record(Logger logger, List<String> messages) {
    logger.setLevel(Level.ALL);
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        messages.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
  }

  @AfterAll
  static void stopTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  /** Writes a page with the program and opens it. */
  private static void open(String name, String... args) throws IOException {
    Path html = temp.resolve(name + ".html");
    List<String> all = new ArrayList<>(List.of(args));
    all.add(all.isEmpty() || !all.get(0).equals("audit") ? 0 : 2, "--html");
    all.add(all.indexOf("--html") + 1, html.toString());
    Run run = Run.main(all.toArray(new String[0]));
    assertThat(run.err()).isEmpty();
    // what the browser did before (its new-tab page) is not the page's doing
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(html.toUri().toString());
  }

  @Test
  void theCanonicalExamplesPageLoadsWithoutConsoleErrorsOrNetworkAndIsKeptAsAScreenshot() throws IOException {
    open("2021_weiyuan-county");

    assertThat(driver.getTitle()).isEqualTo("Consistency report — 2021_weiyuan-county.txt (bundled sample) — 威远县人民政府 2021");
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as("console messages")
        .noneMatch(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue());
    Json json = new Json();
    List<String> requested = new ArrayList<>();
    List<String> byThePage = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> message = json.toType(entry.getMessage(), Json.MAP_TYPE);
      @SuppressWarnings("unchecked")
      Map<String, Object> inner = (Map<String, Object>) message.get("message");
      if ("Network.requestWillBeSent".equals(inner.get("method"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) inner.get("params");
        @SuppressWarnings("unchecked")
        String url = (String) ((Map<String, Object>) params.get("request")).get("url");
        requested.add(url);
        if (String.valueOf(params.get("documentURL")).startsWith("file:")) {
          byThePage.add(url);
        }
      }
    }
    // the page itself and nothing else: no request leaves the machine
    assertThat(byThePage).isNotEmpty().allSatisfy(url -> assertThat(url).matches("(file|data):.*"));
    assertThat(requested).noneMatch(url -> url.matches("(?i)(https?|wss?|ftp):.*"));
    assertThat(FOUND).contains("Skipping Selenium Manager, path to chromedriver specified in Service class: "
        + CHROMEDRIVER.toRealPath());
    assertThat(MANAGED).as("Selenium Manager's log").isEmpty();

    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(ARTIFACTS);
    Files.write(ARTIFACTS.resolve("2021_weiyuan-county.png"), png);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void failingCellsAreHighlightedAndShowTheirDerivationOnHoverAndFocus() throws IOException {
    open("zrz", MainTest.ZRZ);

    List<WebElement> failing = driver.findElements(By.cssSelector("td.fail"));
    WebElement plain = driver.findElement(By.cssSelector("td[data-cell='APPLICATIONS[NEW_RECEIVED][TOTAL]']"));
    assertThat(failing).hasSize(2);
    assertThat(failing.get(0).getCssValue("background-color")).isEqualTo("rgba(255, 221, 221, 1)");
    assertThat(failing.get(0).getCssValue("box-shadow")).contains("rgb(176, 0, 32)");
    assertThat(plain.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");

    WebElement tip = failing.get(0).findElement(By.cssSelector(".tip"));
    assertThat(tip.isDisplayed()).isFalse();
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", failing.get(0).findElement(By.tagName("a")));
    assertThat(tip.isDisplayed()).isTrue();
    assertThat(tip.getText()).startsWith("table3.results-total error: TOTAL_HANDLED = 0, but");
    ((JavascriptExecutor) driver).executeScript("document.activeElement.blur()");
    assertThat(tip.isDisplayed()).isFalse();

    WebElement second = failing.get(1).findElement(By.cssSelector(".tip"));
    new Actions(driver).moveToElement(failing.get(1)).perform();
    assertThat(second.isDisplayed()).isTrue();
  }

  @Test
  void theSummarySortsOnAClickOfAHeading() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("reports"));
    try (InputStream in = ReportInput.class.getResourceAsStream(ReportInput.SAMPLE)) {
      Files.write(folder.resolve("a_weiyuan.txt"), in.readAllBytes());
    }
    Files.copy(Corpus.path("2017_pingtan-scj.txt"), folder.resolve("b_scj.txt"));
    Files.copy(Corpus.path("2020_pingtan-zrz.txt"), folder.resolve("c_zrz.txt"));
    open("audit", "audit", folder.toString());

    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as("console messages")
        .noneMatch(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue());
    assertThat(files()).containsExactly("a_weiyuan.txt", "b_scj.txt", "c_zrz.txt");
    WebElement verdict = driver.findElements(By.cssSelector("#reports thead th")).get(4);

    verdict.findElement(By.tagName("button")).click();
    assertThat(files()).containsExactly("c_zrz.txt", "b_scj.txt", "a_weiyuan.txt");
    assertThat(verdict.getAttribute("aria-sort")).isEqualTo("ascending");

    verdict.findElement(By.tagName("button")).click();
    assertThat(files()).containsExactly("a_weiyuan.txt", "b_scj.txt", "c_zrz.txt");
    assertThat(verdict.getAttribute("aria-sort")).isEqualTo("descending");

    WebElement unassessable = driver.findElements(By.cssSelector("#reports thead th")).get(7);
    unassessable.findElement(By.tagName("button")).click();
    assertThat(files()).containsExactly("a_weiyuan.txt", "c_zrz.txt", "b_scj.txt"); // 0, 0 and 5 not assessable
    assertThat(driver.findElements(By.cssSelector("#reports thead th[aria-sort]"))).containsExactly(unassessable);
  }

  private static List<String> files() {
    return driver.findElements(By.cssSelector("#reports tbody th")).stream().map(WebElement::getText).toList();
  }
}
