package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.server.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The HTML report written by {@code figora enrich --format html}, opened in headless Chromium at
 * 1,400 and 400 px: what the first screen shows, sorting, filtering, folding of similar figures,
 * and no overflow on a phone. Screenshots go to {@code target/screenshots/}.
 */
class HtmlReportBrowserTest {

  @TempDir static Path dir;
  private static Path report;

  @BeforeAll
  static void writeReport() {
    Browser.assumeAvailable();
    report = dir.resolve("igf1r.html");
    CliRun.run(dir.resolve("cache"), "enrich", CliRun.IGF1R, "--format", "html", "-o", report, "-q")
        .ok();
  }

  /** The bottom of an element relative to the viewport's top, in CSS pixels. */
  private static long bottom(Browser browser, String selector) {
    return browser.number(
        "return Math.ceil(document.querySelector(arguments[0])"
            + ".getBoundingClientRect().bottom)",
        selector);
  }

  @Test
  void firstScreenAt1400ShowsTheFirstFiguresTitleAdjustedPAndGenes() throws IOException {
    try (Browser browser = Browser.open(1400, 900)) {
      browser.open(report);
      assertEquals(1400, browser.number("return window.innerWidth"));
      long height = browser.number("return window.innerHeight");
      for (String part : List.of("#r1 .title a", "#r1 .c-p", "#r1 .c-genes .chip", "#r1 .thumb")) {
        long bottom = bottom(browser, part);
        assertTrue(
            bottom <= height,
            part + " ends at " + bottom + " px, below the first screen (" + height + " px)");
      }
      assertEquals(
          CliRun.IGF1R_FIGURE,
          browser.driver().findElement(By.id("r1")).getAttribute("data-figid"));
      assertTrue(
          browser.driver().findElement(By.cssSelector("#r1 .c-genes")).getText().contains("IGF1R"));
      assertEquals(
          0,
          browser.number("return document.documentElement.scrollWidth - window.innerWidth"),
          "no horizontal scrolling");
      browser.screenshot("report-1400");
    }
  }

  @Test
  void sortingShowsItsDirectionAndSortsNumbersAsNumbers() throws IOException {
    try (Browser browser = Browser.open(1400, 900)) {
      browser.open(report);
      WebElement k = browser.driver().findElement(By.cssSelector("button[data-key=k]"));
      k.click();
      WebElement header = k.findElement(By.xpath(".."));
      assertEquals("descending", header.getAttribute("aria-sort"), "k sorts descending first");
      List<Long> ks = leadValues(browser, "k");
      for (int i = 1; i < ks.size(); i++) {
        assertTrue(ks.get(i - 1) >= ks.get(i), "k descending at row " + i + ": " + ks);
      }
      assertTrue(ks.get(0) >= 10, "numeric, not text order (21 before 9): " + ks);
      k.click();
      assertEquals("ascending", header.getAttribute("aria-sort"));
      List<Long> ascending = leadValues(browser, "k");
      for (int i = 1; i < ascending.size(); i++) {
        assertTrue(ascending.get(i - 1) <= ascending.get(i), "k ascending: " + ascending);
      }
      WebElement fold = browser.driver().findElement(By.cssSelector("button[data-key=fold]"));
      fold.click();
      assertEquals("descending", fold.findElement(By.xpath("..")).getAttribute("aria-sort"));
      assertEquals("none", header.getAttribute("aria-sort"), "one sorted column at a time");
      browser.screenshot("report-1400-sorted-by-fold");
      WebElement padj = browser.driver().findElement(By.cssSelector("button[data-key=padj]"));
      padj.click();
      assertEquals("ascending", padj.findElement(By.xpath("..")).getAttribute("aria-sort"));
      assertEquals(
          CliRun.IGF1R_FIGURE,
          browser.script("return document.querySelector(" + "'#results tbody tr').dataset.figid"));
    }
  }

  private static List<Long> leadValues(Browser browser, String key) {
    @SuppressWarnings("unchecked")
    List<Object> values =
        (List<Object>)
            browser.script(
                "return Array.from(document"
                    + ".querySelectorAll('#results tbody tr.lead')).map(r => Number(r.dataset[arguments[0]]))",
                key);
    return values.stream().map(v -> ((Number) v).longValue()).toList();
  }

  @Test
  void filteringNarrowsRowsByGeneOrTitle() throws IOException {
    try (Browser browser = Browser.open(1400, 900)) {
      browser.open(report);
      long all = visibleRows(browser);
      WebElement filter = browser.driver().findElement(By.id("filter"));
      filter.sendKeys("igfbp3");
      long withGene = visibleRows(browser);
      assertTrue(withGene > 0 && withGene < all, withGene + " of " + all);
      assertTrue(
          (Boolean)
              browser.script(
                  "return Array.from(document.querySelectorAll("
                      + "'#results tbody tr')).filter(r => !r.hidden).every(r =>"
                      + " r.dataset.text.includes('igfbp3'))"));
      assertTrue(browser.driver().findElement(By.id("count")).getText().contains("match"));
      filter.clear();
      filter.sendKeys("ras signaling", Keys.TAB);
      assertTrue(visibleRows(browser) >= 1);
      assertTrue(
          (Boolean)
              browser.script(
                  "return Array.from(document.querySelectorAll("
                      + "'#results tbody tr')).filter(r => !r.hidden).every(r =>"
                      + " r.dataset.text.includes('ras') && r.dataset.text.includes('signaling'))"));
      browser.screenshot("report-1400-filtered");
      filter.clear();
      filter.sendKeys(" ");
      assertEquals(all, visibleRows(browser));
    }
  }

  private static long visibleRows(Browser browser) {
    return browser.number(
        "return Array.from(document.querySelectorAll('#results tbody tr'))"
            + ".filter(r => r.offsetParent !== null).length");
  }

  @Test
  void similarFiguresAreFoldedAndOpenOnClick() throws IOException {
    try (Browser browser = Browser.open(1400, 900)) {
      browser.open(report);
      WebElement fold = browser.driver().findElement(By.cssSelector("button.fold"));
      String group = fold.getAttribute("data-group");
      assertTrue(fold.getText().matches("\\+\\d+ similar figures?"), fold.getText());
      By similar = By.cssSelector("tr.similar[data-group='" + group + "']");
      assertFalse(browser.driver().findElement(similar).isDisplayed(), "folded at first");
      browser.script("arguments[0].scrollIntoView({block: 'center'})", fold);
      fold.click();
      assertEquals("true", fold.getAttribute("aria-expanded"));
      assertTrue(browser.driver().findElement(similar).isDisplayed(), "open after a click");
      browser.screenshot("report-1400-group-open");
      fold.click();
      assertFalse(browser.driver().findElement(similar).isDisplayed(), "folded again");
    }
  }

  @Test
  void at400pxThePageIsCardsWithoutHorizontalScrolling() throws IOException {
    try (Browser browser = Browser.open(400, 860)) {
      browser.open(report);
      assertEquals(400, browser.number("return window.innerWidth"));
      assertEquals(
          0,
          browser.number("return document.documentElement.scrollWidth - window.innerWidth"),
          "the page scrolls sideways");
      @SuppressWarnings("unchecked")
      List<Object> overflowing =
          (List<Object>)
              browser.script(
                  "const w = window.innerWidth;"
                      + " return Array.from(document.body.querySelectorAll('*')).filter(e => {"
                      + " const r = e.getBoundingClientRect();"
                      + " return r.width > 0 && r.height > 0 && (r.right > w + 0.5 || r.left < -0.5); })"
                      + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect()"
                      + ".right));");
      assertEquals(List.of(), overflowing, "elements beyond the 400 px page");
      assertEquals(
          "grid",
          browser.script("return getComputedStyle(document.querySelector(" + "'#r1')).display"),
          "rows are cards");
      browser.screenshot("report-400-top");
      browser.script("document.getElementById('figures').scrollIntoView()");
      browser.screenshot("report-400-cards");
      browser.script("window.scrollTo(0, 0)");
      Files.writeString(Browser.SCREENSHOTS.resolve("report.html"), Files.readString(report));
    }
  }
}
