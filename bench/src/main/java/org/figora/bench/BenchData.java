package org.figora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.gene.GeneReference;
import org.figora.bench.synthetic.SyntheticCorpus;
import org.figora.bench.synthetic.SyntheticCorpusWriter;
import org.figora.bench.synthetic.SyntheticLists;

/**
 * The benchmark data set, generated once into a directory and reused: {@code records/} (one figure
 * record per figure), {@code corpus.gmt} (the non-empty sets), {@code lists/} (query lists, sizes
 * 20–1,000) and {@code list500.txt} (one 500-gene list).
 *
 * <p>The directory is {@code $FIGORA_BENCH_DATA}, else {@code target/bench-data}; the figure count
 * is {@code $FIGORA_BENCH_FIGURES} (default 100,000) and the list count {@code $FIGORA_BENCH_LISTS}
 * (default 10,000). Environment variables reach JMH's forked JVMs.
 */
public final class BenchData {

  /** Seed of the corpus. */
  public static final long CORPUS_SEED = 1;

  /** Seed of the query lists. */
  public static final long LIST_SEED = 2;

  private final Path directory;

  private BenchData(Path directory) {
    this.directory = directory;
  }

  /**
   * @return the data set named by the environment, generated if missing
   */
  public static BenchData fromEnvironment() throws IOException {
    String dir = System.getenv().getOrDefault("FIGORA_BENCH_DATA", "target/bench-data");
    BenchData data = new BenchData(Path.of(dir).toAbsolutePath());
    data.ensure(intEnv("FIGORA_BENCH_FIGURES", 100_000), intEnv("FIGORA_BENCH_LISTS", 10_000));
    return data;
  }

  static int intEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  /** Generates the data set unless a complete one for the same counts is there. */
  void ensure(int figures, int lists) throws IOException {
    Path marker = directory.resolve("complete.txt");
    String expected =
        "figures="
            + figures
            + " seed="
            + CORPUS_SEED
            + " lists="
            + lists
            + " seed="
            + LIST_SEED
            + "\n";
    if (Files.exists(marker) && Files.readString(marker).startsWith(expected)) {
      return;
    }
    GeneReference reference = GeneReference.bundled();
    SyntheticCorpus corpus = SyntheticCorpus.generate(reference, figures, CORPUS_SEED);
    SyntheticCorpusWriter.writeRecords(corpus, records());
    SyntheticCorpusWriter.writeGmt(corpus, gmt());
    List<GeneList> queries = SyntheticLists.generate(corpus, lists, 20, 1000, LIST_SEED);
    SyntheticCorpusWriter.writeLists(queries, listsDirectory());
    GeneList single = SyntheticLists.generate(corpus, 1, 500, 500, LIST_SEED + 1).get(0);
    Files.writeString(
        list500(),
        "# 500 synthetic genes\n" + String.join("\n", single.symbols()) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(marker, expected + CorpusStatistics.of(corpus), StandardCharsets.UTF_8);
  }

  /**
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * @return the folder of figure records
   */
  public Path records() {
    return directory.resolve("records");
  }

  /**
   * @return the GMT of the non-empty sets
   */
  public Path gmt() {
    return directory.resolve("corpus.gmt");
  }

  /**
   * @return the folder of query lists
   */
  public Path listsDirectory() {
    return directory.resolve("lists");
  }

  /**
   * @return the 500-gene list
   */
  public Path list500() {
    return directory.resolve("list500.txt");
  }

  /**
   * @return the query lists, read back from their files in name order
   */
  public List<GeneList> lists() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(listsDirectory())) {
      files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<GeneList> lists = new ArrayList<>(files.size());
    for (Path file : files) {
      lists.add(read(file));
    }
    return lists;
  }

  /** Reads a one-symbol-a-line list, skipping {@code #} comments. */
  public static GeneList read(Path file) throws IOException {
    List<String> symbols =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(String::trim)
            .filter(s -> !s.isEmpty() && !s.startsWith("#"))
            .toList();
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    return new GeneList(name, symbols);
  }
}
