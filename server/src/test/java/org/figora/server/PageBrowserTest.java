package org.figora.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped
 * with a printed reason where they are missing): paste a list, submit, see the rows, follow a
 * download link, open a figure page, and the 400 px layout. Screenshots go to {@code
 * target/screenshots/}.
 */
class PageBrowserTest {

  private TestServers.Running server;
  private Browser browser;
  private ChromeDriver driver;
  private Path downloads;

  @BeforeEach
  void open() throws IOException {
    Browser.assumeAvailable();
    server = TestServers.start();
    downloads = Files.createTempDirectory("figora-serve-downloads-");
    browser = Browser.open(1400, 1000, downloads);
    driver = browser.driver();
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (downloads != null) {
      try (Stream<Path> files = Files.walk(downloads)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void viewport(int width, int height) {
    browser.resizeViewport(width, height);
  }

  private long number(String script) {
    return browser.number(script);
  }

  private void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }

  /** Pastes the IGF1R example into the gene box and submits the form. */
  private void submitExample() throws IOException {
    driver.get(server.uri("/").toString());
    WebElement genes = driver.findElement(By.cssSelector("textarea[name=genes]"));
    genes.sendKeys(String.join("\n", Files.readAllLines(TestServers.IGF1R)));
    driver.findElement(By.cssSelector("#enrich-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> !d.findElements(By.cssSelector("tr[data-figid]")).isEmpty());
  }

  @Test
  void pasteSubmitReadDownloadAndOpenAFigure() throws Exception {
    viewport(1400, 1000);
    driver.get(server.uri("/").toString());
    screenshot("serve-form-1400");
    submitExample();
    screenshot("serve-result-1400");
    List<WebElement> rows = driver.findElements(By.cssSelector("tr[data-figid]"));
    assertTrue(rows.size() > 10, "rows: " + rows.size());
    assertEquals(TestServers.IGF1R_FIGURE, rows.get(0).getDomAttribute("data-figid"));
    assertTrue(driver.getCurrentUrl().contains("/results/"), driver.getCurrentUrl());
    assertTrue(
        driver.findElement(By.id("serve-header")).getText().contains("35 identifiers"),
        driver.findElement(By.id("serve-header")).getText());

    // The report's own inline script runs under the page's Content-Security-Policy (allowed by
    // its hash): the filter box hides rows.
    String visible =
        "return Array.from(document.querySelectorAll('tr[data-figid]'))"
            + ".filter(function (r) { return r.offsetParent !== null; }).length";
    long shown = number(visible);
    assertTrue(shown > 0);
    driver.findElement(By.id("filter")).sendKeys("no-such-gene-or-title-word");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> number(visible) == 0);
    driver.findElement(By.id("filter")).clear();
    driver.navigate().refresh();

    // The TSV link downloads the same bytes the server sends for it.
    WebElement tsv = driver.findElement(By.cssSelector("a[href$='/report.tsv']"));
    String href = tsv.getDomProperty("href");
    tsv.click();
    Path file = waitForDownload();
    HttpResponse<byte[]> direct =
        TestServers.CLIENT.send(
            HttpRequest.newBuilder(java.net.URI.create(href)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertArrayEquals(direct.body(), Files.readAllBytes(file));
    assertTrue(
        new String(direct.body(), java.nio.charset.StandardCharsets.UTF_8)
            .contains(TestServers.IGF1R_FIGURE));

    // Each row links to its figure's page.
    driver
        .findElement(
            By.cssSelector("tr[data-figid='" + TestServers.IGF1R_FIGURE + "'] a.figure-page"))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().contains("/figures/"));
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains("IGF1R"));
    assertTrue(driver.findElement(By.cssSelector(".genes")).getText().contains("IRS1"));
    screenshot("serve-figure-1400");
  }

  private Path waitForDownload() throws InterruptedException, IOException {
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < giveUp) {
      try (Stream<Path> files = Files.list(downloads)) {
        List<Path> done = files.filter(p -> p.toString().endsWith(".tsv")).toList();
        if (!done.isEmpty()) {
          return done.get(0);
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no file was downloaded");
  }

  @Test
  void aChosenResultTableIsReadThroughItsGeneColumn() throws Exception {
    viewport(1400, 1000);
    driver.get(server.uri("/").toString());
    assertFalse(driver.findElement(By.id("table-box")).isDisplayed(), "shown for an empty box");
    Path table = TestServers.ROOT.resolve("examples/deseq2-results.csv");
    driver.findElement(By.id("file")).sendKeys(table.toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("table-box")).isDisplayed());
    // R's row names (the empty header cell) are the genes: column1, as the CLI names it.
    assertEquals("column1", driver.findElement(By.id("gene_column")).getDomProperty("value"));
    driver.findElement(By.id("where")).sendKeys("padj < 0.05 and log2FoldChange > 1");
    screenshot("serve-table-1400");
    driver.findElement(By.cssSelector("#enrich-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> !d.findElements(By.cssSelector("tr[data-figid]")).isEmpty());
    String header = driver.findElement(By.id("serve-header")).getText();
    assertTrue(header.contains("deseq2-results.csv"), header);
    assertFalse(header.contains("baseMean"), header);
  }

  @Test
  void at400PixelsNothingScrollsSideways() throws Exception {
    viewport(400, 800);
    driver.get(server.uri("/").toString());
    screenshot("serve-form-400");
    assertFalse(
        number("return document.documentElement.scrollWidth") > 400,
        "the form scrolls sideways at 400 px");
    submitExample();
    screenshot("serve-result-400");
    assertFalse(
        number("return document.documentElement.scrollWidth") > 400,
        "the result scrolls sideways at 400 px: "
            + number("return document.documentElement.scrollWidth"));
    driver.get(server.uri("/figures/" + TestServers.IGF1R_FIGURE).toString());
    screenshot("serve-figure-400");
    assertFalse(
        number("return document.documentElement.scrollWidth") > 400,
        "the figure page scrolls sideways at 400 px");
  }
}
