package org.figora.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.gene.GeneReference;
import org.figora.bench.synthetic.SyntheticCorpus;
import org.figora.bench.synthetic.SyntheticCorpusWriter;
import org.figora.bench.synthetic.SyntheticLists;

/**
 * The data of the Spark benchmark ({@code spark/bench.sh}): the benchmark's 100,000-figure corpus
 * as a GMT (the same seed as {@link BenchData}, so the same sets) and N lists of the benchmark
 * generator as one GMT of lists, which both {@code figora enrich --lists} and the Spark job read.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.figora.bench.SparkBenchData DIR N...} writes {@code
 * DIR/corpus.gmt} (unless present) and {@code DIR/lists-N.gmt} for each N.
 */
public final class SparkBenchData {

  private SparkBenchData() {}

  /**
   * Writes the data.
   *
   * @param args the folder, then the list counts
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Files.createDirectories(Path.of(args[0]));
    SyntheticCorpus corpus =
        SyntheticCorpus.generate(GeneReference.bundled(), 100_000, BenchData.CORPUS_SEED);
    Path gmt = directory.resolve("corpus.gmt");
    if (!Files.exists(gmt)) {
      SyntheticCorpusWriter.writeGmt(corpus, gmt);
    }
    for (int i = 1; i < args.length; i++) {
      int count = Integer.parseInt(args[i]);
      Path file = directory.resolve("lists-" + count + ".gmt");
      if (Files.exists(file)) {
        continue;
      }
      List<GeneList> lists = SyntheticLists.generate(corpus, count, 20, 1000, BenchData.LIST_SEED);
      Path partial = directory.resolve(file.getFileName() + ".partial");
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        for (GeneList list : lists) {
          out.write(list.name() + "\tsynthetic\t" + String.join("\t", list.symbols()) + "\n");
        }
      }
      Files.move(partial, file);
      System.out.println(file + ": " + count + " lists");
    }
  }
}
