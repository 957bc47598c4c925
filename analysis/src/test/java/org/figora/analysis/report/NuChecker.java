package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The Nu HTML Checker (validator.nu, the W3C's HTML checker) run in-process on a page. */
public final class NuChecker {

  private NuChecker() {}

  /**
   * Asserts that the Nu HTML Checker finds no error in a page (warnings are allowed).
   *
   * @param name what the page is, for the failure message
   * @param html the page
   */
  public static void assertValid(String name, String html) {
    List<String> errors = errors(html);
    if (!errors.isEmpty()) {
      fail(
          "Nu HTML Checker: "
              + errors.size()
              + " errors in "
              + name
              + ":\n"
              + String.join("\n", errors));
    }
  }

  /** The checker's error messages (text output lines starting with "Error"). */
  public static List<String> errors(String html) {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
    validator.setNoLangDetect(true);
    try {
      String report =
          validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      return report
          .lines()
          .filter(line -> line.startsWith("Error") || line.startsWith("Fatal"))
          .toList();
    } catch (IOException | SAXException e) {
      throw new AssertionError("the Nu HTML Checker failed to run", e);
    }
  }
}
