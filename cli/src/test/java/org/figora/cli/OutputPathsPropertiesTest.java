package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties of the output checks: however an input is spelled as an output (relative or absolute,
 * through {@code .} and {@code ..}, repeated separators, a symbolic link, a hard link, a folder
 * link), the output is refused; a different file is never refused.
 */
class OutputPathsPropertiesTest {

  private static Path root;
  private static Path input;
  private static Path other;

  @BeforeContainer
  static void files() throws IOException {
    root = Files.createTempDirectory("figora-output-paths");
    Path lists = Files.createDirectories(root.resolve("lists"));
    Files.createDirectories(root.resolve("a").resolve("b"));
    input = Files.writeString(lists.resolve("genes.txt"), "TP53\n");
    other = Files.writeString(lists.resolve("other.txt"), "TP53\n");
    Files.createSymbolicLink(root.resolve("link.txt"), input);
    Files.createSymbolicLink(root.resolve("folder-link"), lists);
    Files.createLink(root.resolve("hard.txt"), input);
  }

  @AfterContainer
  static void delete() throws IOException {
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Spellings of the input file: a prefix of detours, then a way to name the file. */
  @Provide
  Arbitrary<String> spellingsOfTheInput() {
    Arbitrary<String> detour =
        Arbitraries.of("./", "a/../", "a/b/../../", ".//", "lists/../", "folder-link/../");
    Arbitrary<String> name =
        Arbitraries.of(
            "lists/genes.txt",
            "link.txt",
            "hard.txt",
            "folder-link/genes.txt",
            "lists/./genes.txt",
            "lists//genes.txt",
            "a/../lists/genes.txt");
    return detour.list().ofMaxSize(4).flatMap(d -> name.map(n -> String.join("", d) + n));
  }

  @Property(tries = 200)
  void anySpellingOfAnInputIsRefused(
      @ForAll("spellingsOfTheInput") String spelling, @ForAll boolean absolute) {
    Path output = absolute ? root.resolve(spelling) : root.relativize(root.resolve(spelling));
    Path resolved = absolute ? output : root.resolve(output);
    OutputPaths paths = new OutputPaths().file(resolved, "--output " + spelling);

    UsageException e =
        assertThrows(
            UsageException.class,
            () -> paths.check(OutputPaths.inputs(List.of(Map.entry(input, "gene list x")))));
    assertTrue(e.getMessage().contains("is the same file as the gene list x"), e.getMessage());
  }

  @Property(tries = 100)
  void anotherFileIsNotRefused(@ForAll("spellingsOfTheInput") String spelling) {
    Path output =
        root.resolve(
            spelling
                .replace("genes.txt", "other.txt")
                .replace("link.txt", "lists/other.txt")
                .replace("hard.txt", "lists/other.txt"));
    new OutputPaths()
        .file(output, "--output")
        .check(OutputPaths.inputs(List.of(Map.entry(input, "gene list"))));
    assertEquals(true, Files.exists(other));
  }
}
