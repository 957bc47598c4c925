package org.figora.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Library use" block, exactly as written there, compiles against the library and runs
 * in a fresh JVM: its imports become the class's imports and the rest the body of {@code main}. It
 * runs in a folder where {@code seeds} is the bundled corpus, with the index cache in a temporary
 * folder, and must write its HTML report.
 */
class ReadmeExampleTest {

  /** The repository root: tests run with the module folder as working folder. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path work;

  @Test
  void libraryExampleFromTheReadmeCompilesAndRuns() throws IOException, InterruptedException {
    List<String> block = javaBlockAfter("## Library use");
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : block) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    assertTrue(imports.size() > 3 && body.toString().contains("EnrichmentAnalysis"), "" + block);
    String source =
        String.join("\n", imports)
            + "\n\npublic class ReadmeExample {\n"
            + "  public static void main(String[] args) throws Exception {\n"
            + body
            + "    System.out.println(\"rows=\" + table.rowCount() + \" n=\""
            + " + result.result().querySize());\n  }\n}\n";
    Path sourceFile = work.resolve("ReadmeExample.java");
    Files.writeString(sourceFile, source);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertNotNull(compiler, "tests need a JDK (javax.tools compiler)");
    String classPath = System.getProperty("java.class.path");
    int compiled =
        compiler.run(
            null, null, null, "-cp", classPath, "-d", work.toString(), sourceFile.toString());
    assertEquals(0, compiled, "the README block compiles:\n" + source);

    Files.createSymbolicLink(work.resolve("seeds"), ROOT.resolve("seeds"));
    ProcessBuilder command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                work + File.pathSeparator + classPath,
                "ReadmeExample")
            .directory(work.toFile())
            .redirectErrorStream(true);
    command.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
    Process process = command.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the example finishes");
    assertEquals(0, process.exitValue(), output);

    // IGF1R, IRS1, akt1 (case-corrected) and 5290 (PIK3CA's Entrez ID): four genes, all
    // protein-coding, so n = 4; the seeds have many figures sharing them.
    assertTrue(output.contains("n=4"), output);
    int rows = Integer.parseInt(output.replaceAll("(?s).*rows=(\\d+).*", "$1"));
    assertTrue(rows > 10, output);
    String html = Files.readString(work.resolve("my-list.html"));
    assertTrue(html.contains("Holm") && html.contains("protein-coding"), "report: Methods");
    assertTrue(Files.isDirectory(work.resolve("cache/figora")), "the index went to the cache");
  }

  /** The lines of the first {@code ```java} block after a heading of README.md. */
  private static List<String> javaBlockAfter(String heading) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    int at = lines.indexOf(heading);
    assertTrue(at >= 0, "README has " + heading);
    while (!lines.get(at).equals("```java")) {
      at++;
    }
    List<String> block = new ArrayList<>();
    for (at++; !lines.get(at).equals("```"); at++) {
      if (!lines.get(at).isBlank()) {
        block.add(lines.get(at));
      }
    }
    return block;
  }
}
