package org.figora.analysis.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The index cache on disk: reuse, invalidation, damage, unwritable folders and races. */
class IndexStoreTest {

  private static final GeneReference REFERENCE = GeneReference.bundled();

  @TempDir Path temp;
  private Path corpusDir;
  private Path cacheDir;
  private List<Path> paths;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpusDir = Files.createDirectories(temp.resolve("corpus"));
    cacheDir = temp.resolve("cache");
    write("a.md", record("PMC1__F1", "TP53", "BRCA1", "Sp1"));
    write("b.md", record("PMC2__F1", "EGFR", "TP53"));
    write("sets.gmt", "PMC1__F1\tgmt\tMYC\nWP1\thttp://example.org/WP1\t7157\t207\t999999999\n");
    write("broken.md", "no front matter\n");
    paths = List.of(corpusDir);
  }

  private static String record(String figid, String... keywords) {
    StringBuilder text =
        new StringBuilder("---\nfigid: ")
            .append(figid)
            .append("\nfigtitle: Title of ")
            .append(figid)
            .append("\nyear: '2019'\nschema-jsonld:\n  keywords:\n");
    for (String keyword : keywords) {
      text.append("  - ").append(keyword).append('\n');
    }
    return text.append("---\n").toString();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(corpusDir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private IndexStore store() {
    return new IndexStore(cacheDir, REFERENCE);
  }

  private List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void removingCachesTakesEveryIndexCacheAndLeavesOtherFiles() throws IOException {
    assertEquals(new IndexStore.Removed(0, 0, 0), IndexStore.removeCaches(cacheDir));
    LoadedIndex built = store().open(paths, false);
    Path ours = built.cacheFile().orElseThrow();
    Path otherVersion = Files.writeString(cacheDir.resolve("index-00ff-v3.bin"), "older format");
    Path notACache = Files.writeString(cacheDir.resolve("index-notes-v1.bin"), "a user's file");
    Path other = Files.writeString(cacheDir.resolve("readme.txt"), "left alone");
    Path release = Files.createDirectories(cacheDir.resolve("pfocr-20240101"));
    long bytes = Files.size(ours) + Files.size(otherVersion);

    IndexStore.Removed removed = IndexStore.removeCaches(cacheDir);

    assertEquals(new IndexStore.Removed(2, bytes, 0), removed);
    assertFalse(Files.exists(ours));
    assertFalse(Files.exists(otherVersion));
    assertTrue(Files.exists(notACache) && Files.exists(other) && Files.isDirectory(release));
    assertFalse(store().open(paths, false).fromCache(), "the next run builds the index again");
  }

  @Test
  void threadsDecodingACachedFigureAtOnceAllGetTheFirstOneKept() throws Exception {
    // A report's kept cells are matched to their figure by identity: every reader of a figure
    // decoded from the cache must get one instance, also when several decode it at once.
    StringBuilder sets = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      sets.append("SET").append(i).append("\tset ").append(i).append("\tTP53\tEGFR\n");
    }
    write("many.gmt", sets.toString());
    store().open(paths, false);
    int threads = 4;
    for (int round = 0; round < 5; round++) {
      LoadedIndex cached = store().open(paths, false);
      assertTrue(cached.fromCache());
      FigureIndex index = cached.index();
      CyclicBarrier start = new CyclicBarrier(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Figure[]>> seen = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          seen.add(
              pool.submit(
                  () -> {
                    Figure[] figures = new Figure[index.figureCount()];
                    start.await();
                    for (int f = 0; f < figures.length; f++) {
                      figures[f] = index.figure(f);
                    }
                    return figures;
                  }));
        }
        Figure[] first = seen.get(0).get();
        for (Future<Figure[]> other : seen) {
          Figure[] figures = other.get();
          for (int f = 0; f < figures.length; f++) {
            assertSame(first[f], figures[f], "figure " + f + ", round " + round);
            assertSame(index.figure(f), figures[f]);
          }
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void builtAndCachedIndexesHoldTheSimilarFigures() throws IOException {
    // COPY has PMC2__F1's genes (EGFR, TP53): one exact copy; no other two sets are alike.
    write("copy.gmt", "COPY\tcopy\tEGFR\tTP53\n");
    LoadedIndex built = store().open(paths, false);
    LoadedIndex cached = store().open(paths, false);
    assertFalse(built.fromCache());
    assertTrue(cached.fromCache());
    for (LoadedIndex loaded : List.of(built, cached)) {
      FigureIndex index = loaded.index();
      SimilarFigures similar = index.similarFigures().orElseThrow();
      assertEquals(0.8, similar.minJaccard());
      int copies = 0;
      for (int f = 0; f < index.figureCount(); f++) {
        if (similar.head(f) != f) {
          copies++;
          assertEquals(
              index.figure(f).humanGenes().stream().sorted().toList(),
              index.figure(similar.head(f)).humanGenes().stream().sorted().toList());
        }
      }
      assertEquals(1, copies);
    }
  }

  /** Whether a cache file decodes under the fingerprint of the current corpus. */
  private static boolean isValidCache(LoadedIndex loaded) throws IOException {
    byte[] bytes = Files.readAllBytes(loaded.cacheFile().orElseThrow());
    return IndexCodec.decode(bytes, loaded.fingerprint()).isPresent();
  }

  @Test
  void anotherFormatVersionsCacheOfTheSameCorpusIsLeftAlone() throws IOException {
    Path ours = store().cacheFile(paths);
    String name = ours.getFileName().toString();
    assertTrue(
        name.endsWith("-v" + IndexCodec.FORMAT_VERSION + ".bin"), name + " names its format");
    // The file another figora version would use for the same corpus: not read, not replaced.
    Path theirs =
        cacheDir.resolve(name.replace("-v" + IndexCodec.FORMAT_VERSION + ".bin", "-v999.bin"));
    Files.createDirectories(cacheDir);
    byte[] theirBytes = "another version's index".getBytes(StandardCharsets.UTF_8);
    Files.write(theirs, theirBytes);

    LoadedIndex first = store().open(paths, false);
    LoadedIndex second = store().open(paths, false);

    assertEquals(Optional.of(ours), first.cacheFile());
    assertEquals(Optional.empty(), first.cacheProblem());
    assertTrue(second.fromCache());
    assertArrayEquals(theirBytes, Files.readAllBytes(theirs));
  }

  @Test
  void twoSpellingsOfTheSameFilesKeepAnIndexEachInsteadOfReplacingEachOther() throws IOException {
    // corpusDir as given and as the same folder reached through its parent: one absolute path.
    List<Path> other = List.of(corpusDir.resolve("..").resolve(corpusDir.getFileName()));
    assertEquals(
        paths.get(0).toAbsolutePath().normalize(), other.get(0).toAbsolutePath().normalize());

    LoadedIndex first = store().open(paths, false);
    LoadedIndex otherFirst = store().open(other, false);
    LoadedIndex again = store().open(paths, false);
    LoadedIndex otherAgain = store().open(other, false);

    assertFalse(first.fromCache());
    assertFalse(otherFirst.fromCache());
    assertNotEquals(first.fingerprint(), otherFirst.fingerprint());
    assertNotEquals(first.cacheFile(), otherFirst.cacheFile());
    assertTrue(again.fromCache(), "the first spelling's index was replaced by the other's");
    assertTrue(otherAgain.fromCache());
    assertEquals(
        List.of(first.cacheFile().orElseThrow(), otherFirst.cacheFile().orElseThrow()).stream()
            .sorted()
            .toList(),
        filesIn(cacheDir).stream().sorted().toList());
  }

  @Test
  void secondOpenReadsTheCacheAndGivesEqualFiguresAndReport() throws IOException {
    LoadedIndex first = store().open(paths, false);
    assertFalse(first.fromCache());
    assertEquals(Optional.empty(), first.cacheProblem());
    Path file = first.cacheFile().orElseThrow();
    assertEquals(cacheDir, file.getParent());
    assertEquals(List.of(file), filesIn(cacheDir));
    Corpus built = first.index().corpus();
    assertEquals(
        List.of("PMC1__F1", "PMC2__F1", "WP1"),
        built.figures().stream().map(Figure::figid).toList());
    assertEquals(1, built.report().mergedFromGmt());
    assertEquals(1, built.report().skipped().size());
    assertEquals(1, built.report().warnings().size());

    LoadedIndex second = new IndexStore(cacheDir, REFERENCE).open(paths, false);
    assertTrue(second.fromCache());
    assertEquals(Optional.of(file), second.cacheFile());
    assertEquals(first.fingerprint(), second.fingerprint());
    assertEquals(built.figures(), second.index().corpus().figures());
    assertEquals(built.report(), second.index().corpus().report());
    assertEquals(first.index().genes(), second.index().genes());
    assertArrayEquals(first.index().figureGenes(), second.index().figureGenes());
  }

  @Test
  void realSampleRoundTripsThroughTheCache() throws IOException {
    List<Path> real =
        List.of(
            SharedData.require("pfocr-sample/figures"),
            SharedData.require("gmt/wikipathways-20200210-gmt-Homo_sapiens.gmt"),
            Path.of("../seeds/000_7a2c117ba028c655.txt"));
    LoadedIndex built = store().open(real, true);
    LoadedIndex cached = store().open(real, true);
    assertFalse(built.fromCache());
    assertTrue(cached.fromCache());
    assertEquals(160 + 568 + 1, cached.index().figureCount());
    assertEquals(built.index().corpus(), cached.index().corpus());
    Corpus direct = CorpusLoader.withReference(REFERENCE).load(real);
    assertEquals(direct, cached.index().corpus());
    FigureIndexTest.assertInvariants(cached.index());
  }

  @Test
  void aMissingCorpusPathIsReportedAsOnlyTheWalkSeesIt() throws IOException {
    store().open(paths, false);
    Path missing = temp.resolve("no-such-folder");
    InputFormatException e =
        assertThrows(
            InputFormatException.class, () -> store().open(List.of(corpusDir, missing), false));
    assertEquals(missing.toString(), e.source());
    assertEquals("no such file or directory", e.reason());
  }

  @Test
  void rebuildIgnoresAValidCache() throws IOException {
    store().open(paths, false);
    LoadedIndex rebuilt = store().rebuild(paths, false);
    assertFalse(rebuilt.fromCache());
    assertTrue(isValidCache(rebuilt));
    assertTrue(store().open(paths, false).fromCache());
  }

  @Test
  void strictOpenThrowsTheFirstSkipEvenFromTheCache() throws IOException {
    LoadedIndex lenient = store().open(paths, false);
    assertTrue(store().open(paths, false).fromCache());
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> store().open(paths, true));
    assertEquals(corpusDir.resolve("broken.md").toString(), e.source());
    assertEquals(
        lenient.index().corpus().report().skipped().get(0).toException().getMessage(),
        e.getMessage());
  }

  @Test
  void sameCorpusSpelledAnotherWayGivesSourcesAsSpelled() throws IOException {
    // The working directory is the module folder; the temp folder is reached relatively too.
    List<Path> relative = List.of(Path.of("").toAbsolutePath().relativize(corpusDir));
    assertFalse(relative.get(0).isAbsolute());
    store().open(paths, false);
    LoadedIndex spelled = store().open(relative, false);
    Corpus fresh = CorpusLoader.withReference(REFERENCE).load(relative);
    assertEquals(fresh, spelled.index().corpus(), "figure and issue sources as given");
    assertEquals(
        relative.get(0).resolve("a.md").toString(),
        spelled.index().corpus().figure("PMC1__F1").orElseThrow().source());
    assertTrue(store().open(relative, false).fromCache());
  }

  /** Ways the corpus can change after it was cached. */
  enum Change {
    NEW_MTIME_SAME_CONTENT,
    NEW_CONTENT_SAME_SIZE,
    NEW_CONTENT_OTHER_SIZE,
    RECORD_ADDED,
    RECORD_DELETED,
    IGNORED_FILE_ADDED,
    /** Other content of the same size, the modification time set back ({@code touch -d}). */
    SAME_SIZE_AND_MTIME,
    /** The GMT swapped for another of the same size, the modification time set back. */
    GMT_SAME_SIZE_AND_MTIME,
    /** Another file of the same size and time renamed over the record. */
    RENAMED_OVER_SAME_SIZE_AND_MTIME
  }

  @ParameterizedTest
  @EnumSource(Change.class)
  void changedCorpusIsRebuiltNotReused(Change change) throws IOException {
    LoadedIndex first = store().open(paths, false);
    Path b = corpusDir.resolve("b.md");
    FileTime before = Files.getLastModifiedTime(b);
    FileTime later = FileTime.fromMillis(before.toMillis() + 5_000);
    switch (change) {
      case NEW_MTIME_SAME_CONTENT -> Files.setLastModifiedTime(b, later);
      case NEW_CONTENT_SAME_SIZE -> {
        // EGFR -> KRAS: same length. The mtime is set explicitly so that the test does not
        // depend on the file system's timestamp resolution.
        write("b.md", record("PMC2__F1", "KRAS", "TP53"));
        Files.setLastModifiedTime(b, later);
      }
      case NEW_CONTENT_OTHER_SIZE -> write("b.md", record("PMC2__F1", "MYC", "TP53", "AKT1"));
      case RECORD_ADDED -> write("c.md", record("PMC3__F1", "AKT1"));
      case RECORD_DELETED -> Files.delete(b);
      case IGNORED_FILE_ADDED -> write("notes.pdf", "%PDF");
      case SAME_SIZE_AND_MTIME -> {
        write("b.md", record("PMC2__F1", "KRAS", "TP53"));
        Files.setLastModifiedTime(b, before);
      }
      case GMT_SAME_SIZE_AND_MTIME -> {
        Path gmt = corpusDir.resolve("sets.gmt");
        FileTime time = Files.getLastModifiedTime(gmt);
        write(
            "sets.gmt", "PMC1__F1\tgmt\tMYC\nWP1\thttp://example.org/WP1\t7157\t207\t999999998\n");
        Files.setLastModifiedTime(gmt, time);
      }
      case RENAMED_OVER_SAME_SIZE_AND_MTIME -> {
        Path other = Files.writeString(temp.resolve("b.md"), record("PMC2__F1", "KRAS", "TP53"));
        Files.setLastModifiedTime(other, before);
        Files.move(other, b, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      default -> throw new AssertionError(change);
    }
    LoadedIndex second = store().open(paths, false);
    assertFalse(second.fromCache(), "a changed corpus must not be read from the cache");
    assertNotEquals(first.fingerprint(), second.fingerprint());
    Corpus fresh = CorpusLoader.withReference(REFERENCE).load(paths);
    assertEquals(fresh, second.index().corpus());
    assertTrue(isValidCache(second));
    assertEquals(1, filesIn(cacheDir).size());
    LoadedIndex third = store().open(paths, false);
    assertTrue(third.fromCache());
    assertEquals(fresh, third.index().corpus());
  }

  /** Ways a cache file can be damaged. */
  enum Damage {
    TRUNCATED,
    FLIPPED_PAYLOAD_BYTE,
    WRONG_FORMAT_VERSION,
    GARBAGE,
    EMPTY,
    OTHER_FINGERPRINT
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void damagedCacheIsDetectedAndReplaced(Damage damage) throws IOException {
    LoadedIndex first = store().open(paths, false);
    Path file = first.cacheFile().orElseThrow();
    byte[] bytes = Files.readAllBytes(file);
    byte[] damaged =
        switch (damage) {
          case TRUNCATED -> Arrays.copyOf(bytes, bytes.length / 2);
          case FLIPPED_PAYLOAD_BYTE -> {
            byte[] copy = bytes.clone();
            copy[copy.length - 10] ^= 0x40;
            yield copy;
          }
          case WRONG_FORMAT_VERSION -> {
            byte[] copy = bytes.clone();
            ByteBuffer.wrap(copy).putInt(8, IndexCodec.FORMAT_VERSION + 1);
            yield copy;
          }
          case GARBAGE ->
              "figora index? no, just text\n".repeat(50).getBytes(StandardCharsets.UTF_8);
          case EMPTY -> new byte[0];
          case OTHER_FINGERPRINT ->
              IndexCodec.encode(first.index(), "not this corpus").toByteArray();
        };
    Files.write(file, damaged);

    LoadedIndex second = store().open(paths, false);
    assertFalse(second.fromCache(), damage + " must not be read");
    boolean corrupt =
        switch (damage) {
          case TRUNCATED, FLIPPED_PAYLOAD_BYTE, GARBAGE, EMPTY -> true;
          case WRONG_FORMAT_VERSION, OTHER_FINGERPRINT ->
              false; // expected: another release, corpus
        };
    if (corrupt) {
      String warning =
          second
              .cacheProblem()
              .orElseThrow(() -> new AssertionError(damage + ": a corrupt cache is reported"));
      assertTrue(warning.startsWith("the index cache " + file + " was corrupt ("), warning);
      assertTrue(warning.endsWith("it was rebuilt and replaced"), warning);
    } else {
      assertEquals(Optional.empty(), second.cacheProblem());
    }
    assertEquals(first.index().corpus(), second.index().corpus());
    assertTrue(isValidCache(second), "the rebuilt cache is valid");
    assertEquals(List.of(file), filesIn(cacheDir));
    LoadedIndex third = store().open(paths, false);
    assertTrue(third.fromCache(), "rebuilt once, not on every run");
    assertEquals(Optional.empty(), third.cacheProblem());
  }

  @Test
  void cacheDirectoryThatCannotBeCreatedLeavesTheIndexUsable() throws IOException {
    Path blocker = Files.writeString(temp.resolve("blocker"), "a file, not a folder");
    IndexStore store = new IndexStore(blocker.resolve("cache"), REFERENCE);
    LoadedIndex loaded = store.open(paths, false);
    assertFalse(loaded.fromCache());
    assertTrue(loaded.cacheProblem().isPresent());
    assertTrue(
        loaded.cacheProblem().get().startsWith("could not write the index cache"),
        loaded.cacheProblem().get());
    assertEquals(Optional.empty(), loaded.cacheFile());
    assertEquals(CorpusLoader.withReference(REFERENCE).load(paths), loaded.index().corpus());
    assertEquals(3, loaded.index().figureCount());
  }

  /**
   * The read-only cache folder's behaviour, without relying on file permissions (which root, as CI
   * runs, ignores): the cache file's name is taken by a non-empty folder, so the write fails at the
   * rename. The index is still usable, the problem reported, and no temporary file is left in the
   * cache folder.
   */
  @Test
  void cacheThatCannotBeWrittenLeavesTheIndexUsableAndNoTemporaryFile() throws IOException {
    Path cacheDir = Files.createDirectories(temp.resolve("unwritable"));
    IndexStore store = new IndexStore(cacheDir, REFERENCE);
    Path taken = Files.createDirectories(store.cacheFile(paths));
    Files.writeString(taken.resolve("occupant"), "keeps the folder non-empty");
    LoadedIndex loaded = store.open(paths, false);
    assertFalse(loaded.fromCache());
    assertTrue(loaded.cacheProblem().isPresent());
    assertTrue(
        loaded.cacheProblem().get().startsWith("could not write the index cache"),
        loaded.cacheProblem().get());
    assertEquals(Optional.empty(), loaded.cacheFile());
    assertEquals(3, loaded.index().figureCount());
    assertEquals(List.of(taken), filesIn(cacheDir), "only the folder that was there");
  }

  @Test
  void readOnlyCacheDirectoryLeavesTheIndexUsable() throws IOException {
    Path readOnly = Files.createDirectories(temp.resolve("read-only"));
    try {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions on this file system");
    }
    try {
      Assumptions.assumeFalse(
          Files.isWritable(readOnly), "skipped: this user can write to read-only folders (root)");
      LoadedIndex loaded = new IndexStore(readOnly, REFERENCE).open(paths, false);
      assertFalse(loaded.fromCache());
      assertTrue(loaded.cacheProblem().isPresent());
      assertEquals(3, loaded.index().figureCount());
      assertEquals(List.of(), filesIn(readOnly));
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void otherReferenceReleaseIsNotReadFromTheCache() throws IOException {
    Path table =
        Files.writeString(
            temp.resolve("tiny-reference.tsv"),
            "#source=tiny test table\n#EGSOURCEDATE=2099-Jan01\n"
                + "entrez_id\tsymbol\tgene_type\tname\taliases\tensembl_ids\n"
                + "672\tBRCA1\tprotein-coding\tBRCA1 DNA repair associated\t\t\n"
                + "7157\tTP53\tprotein-coding\ttumor protein p53\t\t\n");
    GeneReference tiny = GeneReference.read(table);
    store().open(paths, false);
    LoadedIndex other = new IndexStore(cacheDir, tiny).open(paths, false);
    assertFalse(other.fromCache());
    assertEquals(List.of("BRCA1", "TP53"), other.index().genes());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 8})
  void threadsOpeningTheSameUncachedCorpusAllSucceedWithOneValidCache(int threads)
      throws Exception {
    List<Path> real =
        List.of(
            SharedData.require("pfocr-sample/figures"),
            SharedData.require("gmt/wikipathways-20200210-gmt-Homo_sapiens.gmt"));
    Corpus expected = CorpusLoader.withReference(REFERENCE).load(real);
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<LoadedIndex>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<LoadedIndex> open =
            () -> {
              start.await();
              return new IndexStore(cacheDir, REFERENCE).open(real, false);
            };
        results.add(pool.submit(open));
      }
      for (Future<LoadedIndex> result : results) {
        LoadedIndex loaded = result.get();
        assertEquals(Optional.empty(), loaded.cacheProblem());
        assertEquals(expected, loaded.index().corpus());
      }
    } finally {
      pool.shutdownNow();
    }
    List<Path> left = filesIn(cacheDir);
    assertEquals(1, left.size(), "one cache file and no temporary files: " + left);
    assertTrue(left.get(0).getFileName().toString().endsWith(".bin"));
    LoadedIndex after = store().open(real, false);
    assertTrue(after.fromCache());
    assertEquals(expected, after.index().corpus());
  }

  @Test
  void cacheFileDependsOnThePathSetAndItsSpellingNotItsOrder() throws IOException {
    Path gmt = corpusDir.resolve("sets.gmt");
    IndexStore store = store();
    assertEquals(
        store.cacheFile(List.of(corpusDir, gmt)), store.cacheFile(List.of(gmt, corpusDir)));
    // Another spelling has another index (its figures name the files as given): another file.
    assertNotEquals(
        store.cacheFile(List.of(corpusDir)),
        store.cacheFile(List.of(corpusDir.resolve("x/..").resolve("."))));
    assertNotEquals(store.cacheFile(List.of(corpusDir)), store.cacheFile(List.of(gmt)));
  }

  @Test
  void defaultDirectoryUsesXdgCacheHome() {
    assertEquals(
        Path.of("/var/cache/me/figora"),
        IndexStore.defaultDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/me")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "relative/cache", "./cache"})
  void defaultDirectoryFallsBackToHomeCacheWithoutAValidXdgCacheHome(String xdg) {
    Path home = Path.of(System.getProperty("user.home"), ".cache", "figora");
    assertEquals(home, IndexStore.defaultDirectory(Map.of()));
    // The XDG Base Directory spec: a relative path in XDG_CACHE_HOME is invalid and ignored.
    assertEquals(home, IndexStore.defaultDirectory(Map.of("XDG_CACHE_HOME", xdg)));
  }
}
