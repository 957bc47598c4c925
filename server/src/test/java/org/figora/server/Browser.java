package org.figora.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium for the browser tests of the reports and the server's pages
 * (this module's, and the command line's through this module's test-jar): Debian's {@code chromium}
 * and {@code chromium-driver} (installed by {@code .ci/run} where it can). Tests are skipped with a
 * printed reason where they are missing. Each browser gets a fresh profile and no background
 * networking; the pages' only network requests are the figure images, which fail offline and leave
 * their placeholders.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Screenshots for a person to look at. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips the calling test, with the reason printed, when Chromium or its driver is missing. */
  public static void assumeAvailable() {
    for (Path program : List.of(CHROMIUM, DRIVER)) {
      if (!Files.isExecutable(program)) {
        String reason =
            "browser test skipped: "
                + program
                + " is not installed (Debian"
                + " packages chromium and chromium-driver)";
        System.out.println(reason);
        Assumptions.assumeTrue(false, reason);
      }
    }
  }

  /**
   * Starts a headless Chromium whose viewport is the given width and height.
   *
   * @param width CSS pixels
   * @param height CSS pixels
   * @return the browser
   * @throws IOException when the profile folder cannot be made
   */
  public static Browser open(int width, int height) throws IOException {
    return open(width, height, null);
  }

  /**
   * Starts a headless Chromium whose viewport is the given width and height and which saves
   * downloads into a folder without asking.
   *
   * @param width CSS pixels
   * @param height CSS pixels
   * @param downloads where downloaded files go, or null for Chromium's default
   * @return the browser
   * @throws IOException when the profile folder cannot be made
   */
  public static Browser open(int width, int height, Path downloads) throws IOException {
    assumeAvailable();
    Path profile = Files.createTempDirectory("figora-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    Browser browser = new Browser(driver, profile);
    browser.resizeViewport(width, height);
    return browser;
  }

  /** Resizes the window so that the viewport (not the window) has the given size. */
  public void resizeViewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    long innerWidth = number("return window.innerWidth");
    long innerHeight = number("return window.innerHeight");
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(
                (int) (width + width - innerWidth), (int) (height + height - innerHeight)));
  }

  /**
   * @return the driver
   */
  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a local file. */
  public void open(Path file) {
    driver.get(file.toUri().toString());
  }

  /** Runs a script and returns its number. */
  public long number(String script, Object... args) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(script, args)).longValue();
  }

  /** Runs a script and returns its result. */
  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Saves a screenshot of the viewport as {@code target/screenshots/NAME.png}.
   *
   * @param name the file's name without extension
   * @return the file
   * @throws IOException when it cannot be saved
   */
  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
