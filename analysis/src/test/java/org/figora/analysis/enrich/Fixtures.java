package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;

/**
 * The test corpora, gene lists and universes next to these tests (see the README in the test
 * resources), loaded once and shared.
 */
final class Fixtures {

  /** The universe policies the R expectations were made for, by their file prefix. */
  static final List<String> UNIVERSES = List.of("annotated", "background", "protein-coding");

  private static final Map<String, FigureIndex> INDEXES = new ConcurrentHashMap<>();
  private static final Map<String, EnrichmentEngine> ENGINES = new ConcurrentHashMap<>();

  private static final Map<String, Map<String, GeneList>> LISTS = new ConcurrentHashMap<>();

  private Fixtures() {}

  /**
   * @return {@link #UNIVERSES}, for {@code @MethodSource}
   */
  static Stream<String> universeNames() {
    return UNIVERSES.stream();
  }

  /** A test resource below {@code org/figora/analysis/enrich/}, as a file. */
  static Path resource(String relative) {
    URL url = Fixtures.class.getResource(relative);
    if (url == null) {
      throw new IllegalStateException("test resource not on the classpath: " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The synthetic GMT corpus, loaded through figora's GMT reader. */
  static FigureIndex synthetic() {
    return INDEXES.computeIfAbsent(
        "synthetic", k -> load(List.of(resource("synthetic/corpus.gmt"))));
  }

  /** Loads and indexes a corpus; every file and line must load. */
  static FigureIndex load(List<Path> paths) {
    try {
      Corpus corpus = CorpusLoader.withReference(GeneReference.bundled()).load(paths);
      assertEquals(List.of(), corpus.report().skipped(), "load problems");
      return FigureIndex.of(corpus);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A gene list file: one symbol a line, {@code #} comments and blank lines ignored, surrounding
   * white space stripped, duplicates kept (the {@link GeneList} drops them).
   */
  static GeneList readList(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    return new GeneList(name, symbols(file));
  }

  /** The symbols of a list or background file, in file order, duplicates kept. */
  static List<String> symbols(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(s -> !s.isEmpty() && !s.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code *.txt} lists of a directory by name, sorted by name. */
  static Map<String, GeneList> lists(Path directory) {
    Map<String, GeneList> lists = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .forEach(p -> lists.put(readList(p).name(), readList(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lists;
  }

  /** The synthetic corpus's lists. */
  static Map<String, GeneList> syntheticLists() {
    return LISTS.computeIfAbsent("synthetic", k -> lists(resource("synthetic/lists")));
  }

  /**
   * A universe over an index.
   *
   * @param policy {@code annotated}, {@code protein-coding}, or {@code background} (the synthetic
   *     corpus's background gene file)
   */
  static Universe universe(FigureIndex index, String policy) {
    return switch (policy) {
      case "annotated" -> Universe.annotated(index);
      case "protein-coding" -> Universe.proteinCoding(index, GeneReference.bundled());
      case "background" -> Universe.ofGenes(index, symbols(resource("synthetic/background.txt")));
      default -> throw new IllegalArgumentException(policy);
    };
  }

  /** An engine, made once per corpus, universe and options. */
  static EnrichmentEngine engine(
      String corpus, FigureIndex index, String policy, EnrichmentOptions options) {
    return ENGINES.computeIfAbsent(
        corpus + "|" + policy + "|" + options,
        k -> new EnrichmentEngine(index, universe(index, policy), options));
  }

  /** The synthetic corpus's sets as written in the GMT: id to distinct genes, in file order. */
  static Map<String, List<String>> syntheticGmt() {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(resource("synthetic/corpus.gmt"))) {
        String[] fields = line.split("\t");
        List<String> genes = new ArrayList<>();
        for (int i = 2; i < fields.length; i++) {
          if (!genes.contains(fields[i])) {
            genes.add(fields[i]);
          }
        }
        sets.put(fields[0], genes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sets;
  }
}
