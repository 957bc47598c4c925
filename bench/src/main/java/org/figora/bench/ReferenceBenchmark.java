package org.figora.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.gene.GeneReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled gene reference (77,614 genes, 1.5 MB gzip) from its file, as {@link
 * GeneReference#read} reads any reference file: what a command pays once when it needs more than
 * the approved symbols (aliases, Entrez or Ensembl IDs, gene names), since {@link
 * GeneReference#bundled()} parses the same table on first such use. Was a timed assertion in {@code
 * GeneReferenceBundledTest} ("under a second"); speed is measured here instead. Run from the
 * repository root (the file is {@code reference/human-genes.tsv.gz}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReferenceBenchmark {

  /** The reference file, relative to the repository root. */
  private static final Path FILE = Path.of("reference", "human-genes.tsv.gz");

  /**
   * @return the reference, read from the file (warm: after a few loads in the same JVM)
   */
  @Benchmark
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  @Fork(1)
  public GeneReference loadWarm() throws IOException {
    return GeneReference.read(FILE);
  }
}
