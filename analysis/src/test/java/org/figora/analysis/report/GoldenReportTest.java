package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code golden/NAME.input} (see {@link GoldenCase}) is written in every {@link
 * ReportFormat} and compared with {@code golden/NAME.FORMAT} byte for byte. An input without the
 * output of some format, or an output without its input, fails the suite, as google-java-format's
 * {@code FormatterIntegrationTest} does.
 *
 * <p>To regenerate after an intended change, run from the repository root
 *
 * <pre>mvn -o -pl analysis test -Dtest=GoldenReportTest -Dfigora.golden.update=true</pre>
 *
 * <p>which rewrites the expected files in the source tree ({@code src/test/resources}); read the
 * diff by eye before committing it.
 */
class GoldenReportTest {

  private static final String UPDATE = "figora.golden.update";

  /** Stands for figora's version in the expected files, so that a release changes none. */
  private static final String VERSION = "@FIGORA_VERSION@";

  /** The folder of golden files in the source tree, found from the compiled test resources. */
  private static Path sourceFolder() throws URISyntaxException {
    Path compiled = Path.of(GoldenReportTest.class.getResource("golden").toURI());
    Path module = compiled;
    while (module != null && !Files.exists(module.resolve("pom.xml"))) {
      module = module.getParent();
    }
    assertTrue(module != null, "no module folder above " + compiled);
    return module.resolve("src/test/resources/org/figora/analysis/report/golden");
  }

  /** The file name of a format's expected output. */
  static String outputName(String name, ReportFormat format) {
    return name
        + "."
        + (format == ReportFormat.CLUSTERPROFILER ? "clusterprofiler.tsv" : format.extension());
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> cases = new ArrayList<>();
    for (String name : inputs()) {
      for (ReportFormat format : ReportFormat.values()) {
        cases.add(Arguments.of(name, format));
      }
    }
    return cases.stream();
  }

  private static Set<String> inputs() throws IOException, URISyntaxException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(sourceFolder())) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".input"))
          .forEach(f -> names.add(f.substring(0, f.length() - ".input".length())));
    }
    assertTrue(names.size() >= 4, "golden inputs found: " + names);
    return names;
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void writesTheExpectedOutput(String name, ReportFormat format)
      throws IOException, URISyntaxException {
    Path folder = sourceFolder();
    Report report = GoldenCase.read(folder.resolve(name + ".input"));
    StringWriter out = new StringWriter();
    report.write(format, out);
    String written = out.toString().replace(FigoraVersion.current(), VERSION);
    Path expected = folder.resolve(outputName(name, format));
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(expected, written, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(expected),
        "no expected output "
            + expected.getFileName()
            + " for "
            + name
            + ".input; regenerate with -D"
            + UPDATE
            + "=true");
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8), written, name + " as " + format);
    if (format != ReportFormat.HTML) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      report.write(format, bytes);
      assertEquals(
          out.toString(),
          bytes.toString(StandardCharsets.UTF_8),
          name + " as " + format + " written as bytes");
    }
  }

  @Test
  void everyOutputHasItsInput() throws IOException, URISyntaxException {
    Set<String> inputs = inputs();
    Set<String> expected = new TreeSet<>();
    for (String name : inputs) {
      for (ReportFormat format : ReportFormat.values()) {
        expected.add(outputName(name, format));
      }
      expected.add(name + ".input");
    }
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(sourceFolder())) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> !f.equals("README.md"))
          .forEach(present::add);
    }
    present.removeAll(expected);
    assertEquals(Set.of(), present, "golden files without an input");
  }
}
