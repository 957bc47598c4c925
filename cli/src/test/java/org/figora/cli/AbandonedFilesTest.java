package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary files that killed runs left beside outputs and in the index cache are removed by later
 * runs, but only figora's own, only those of processes no longer running, and only when older than
 * an hour.
 */
class AbandonedFilesTest {

  @TempDir Path dir;

  /** The id of a process that has ended. */
  private static long deadPid() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    long pid = process.pid();
    return ProcessHandle.of(pid).isPresent() ? deadPid() : pid;
  }

  private static Path file(Path folder, String name, Duration age) throws IOException {
    Path file = Files.writeString(folder.resolve(name), "x".repeat(1000));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    return file;
  }

  private void assertTidied(Path folder, Runnable run) throws Exception {
    long dead = deadPid();
    long alive = ProcessHandle.current().pid();
    Path abandoned = file(folder, ".report.tsv.figora-" + dead + "-123.tmp", Duration.ofHours(3));
    Path recent = file(folder, ".report.tsv.figora-" + dead + "-456.tmp", Duration.ofMinutes(1));
    Path live = file(folder, ".report.tsv.figora-" + alive + "-789.tmp", Duration.ofHours(3));
    Path foreign = file(folder, ".notes.tmp", Duration.ofDays(3));
    Path user = file(folder, "data.figora-1-1.tmp", Duration.ofDays(3));

    run.run();

    assertFalse(Files.exists(abandoned), "an old temporary file of a dead figora run");
    assertTrue(Files.exists(recent), "too recent to be sure");
    assertTrue(Files.exists(live), "a running process's");
    assertTrue(Files.exists(foreign), "not figora's");
    assertTrue(Files.exists(user), "not hidden: not figora's");
  }

  @Test
  void besideAnOutput() throws Exception {
    assertTidied(
        dir,
        () ->
            CliRun.run(
                    dir.resolve("cache"),
                    "enrich",
                    CliRun.IGF1R,
                    "-q",
                    "-o",
                    dir.resolve("report.tsv"))
                .ok());
  }

  @Test
  void inTheIndexCache() throws Exception {
    Path cache = Files.createDirectories(dir.resolve("xdg").resolve("figora"));
    assertTidied(
        cache,
        () ->
            CliRun.runIn(
                    Map.of(
                        "FIGORA_HOME",
                        CliRun.ROOT.toString(),
                        "XDG_CACHE_HOME",
                        dir.resolve("xdg").toString()),
                    java.io.InputStream.nullInputStream(),
                    "enrich",
                    CliRun.IGF1R,
                    "-q")
                .ok());
  }
}
