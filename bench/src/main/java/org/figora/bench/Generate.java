package org.figora.bench;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Generates the benchmark data set ({@link BenchData}) and prints its shape: {@code
 * FIGORA_BENCH_DATA=dir java -cp benchmarks.jar org.figora.bench.Generate}.
 */
public final class Generate {

  private Generate() {}

  /**
   * Entry point.
   *
   * @param args none; the environment names the directory and counts
   * @throws IOException when the data cannot be written
   */
  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    BenchData data = BenchData.fromEnvironment();
    System.out.print(Files.readString(data.directory().resolve("complete.txt")));
    System.out.printf("data in %s (%.1f s)%n", data.directory(), (System.nanoTime() - start) / 1e9);
  }
}
