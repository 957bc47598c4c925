package org.figora.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The job jar (built by {@code package}, checked by failsafe after it) carries the job, figora's
 * library with its gene reference, and picocli, but no Spark or Scala class: the cluster's Spark
 * runs it, and a bundled copy would clash with it.
 */
class JobJarIT {

  @Test
  void jobJarHasFigoraAndNoSpark() throws IOException {
    Path jar = Path.of("target", "figora-spark.jar");
    assertTrue(Files.isRegularFile(jar), jar + " was not built");
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = file.stream().map(ZipEntry::getName).toList();
      assertTrue(names.contains("org/figora/spark/EnrichJob.class"), "no job class");
      assertTrue(
          names.contains("org/figora/analysis/enrich/EnrichmentEngine.class"), "no figora library");
      assertTrue(
          names.stream()
              .anyMatch(n -> n.startsWith("org/figora/analysis/gene/") && n.endsWith(".tsv.gz")),
          "no bundled gene reference");
      assertTrue(names.stream().anyMatch(n -> n.startsWith("picocli/")), "no picocli");
      List<String> spark =
          names.stream()
              .filter(
                  n ->
                      n.startsWith("org/apache/spark/")
                          || n.startsWith("scala/")
                          || n.startsWith("org/apache/hadoop/"))
              .toList();
      assertEquals(
          List.of(),
          spark.subList(0, Math.min(10, spark.size())),
          spark.size() + " Spark, Scala or Hadoop entries bundled");
      assertEquals(
          "org.figora.spark.EnrichJob",
          file.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }
}
