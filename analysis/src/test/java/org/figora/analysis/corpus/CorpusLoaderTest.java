package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading hand-made corpora from directories, record files and GMT files on disk. */
class CorpusLoaderTest {

  private final CorpusLoader loader = CorpusLoader.withReference(GeneReference.bundled());

  @TempDir Path dir;

  /** A minimal valid record; its keywords are approved symbols unless written otherwise. */
  static String record(String figid, String... keywords) {
    StringBuilder text =
        new StringBuilder("---\nfigid: ")
            .append(figid)
            .append("\nfigtitle: Title of ")
            .append(figid)
            .append("\nschema-jsonld:\n  keywords:\n");
    for (String keyword : keywords) {
      text.append("  - ").append(keyword).append('\n');
    }
    return text.append("---\n").toString();
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static List<String> figids(Corpus corpus) {
    return corpus.figures().stream().map(Figure::figid).toList();
  }

  @Test
  void directoriesAreSearchedRecursivelyInPathOrderSkippingHiddenEntries() throws IOException {
    write("a.md", record("A", "TP53"));
    write("E.MD", record("E", "EGFR"));
    write("d.txt", record("D", "AKT1"));
    write("sets.gmt", "G1\tgmt set\tBRCA1\n");
    write("sub/b.yml", record("B", "MYC"));
    write("sub/deeper/c.yaml", record("C", "KRAS"));
    // Hidden files and folders are never read: these would be reported as broken if they were.
    write(".hidden.md", "not a record");
    write(".git/x.md", "not a record");
    write("sub/.cache/y.gmt", "not a gmt");
    write(".hidden.pdf", "hidden, so not even counted as ignored");
    // Other extensions are counted as ignored.
    write("notes.pdf", "%PDF");
    write("sub/genes.tsv", "a\tb\n");
    write("sub/deeper/README", "text");

    Corpus corpus = loader.load(List.of(dir));

    // Byte order of the paths: "E.MD" < "a.md" < "d.txt" < "sets.gmt" < "sub/...".
    assertEquals(List.of("E", "A", "D", "G1", "B", "C"), figids(corpus));
    LoadReport report = corpus.report();
    assertEquals(6, report.filesRead());
    assertEquals(6, report.figuresLoaded());
    assertEquals(3, report.ignoredFiles());
    assertEquals(List.of(), report.skipped());
    assertEquals(List.of(), report.warnings());
    assertEquals(0, report.mergedFromGmt());
    assertEquals(
        dir.resolve("sub/deeper/c.yaml").toString(), corpus.figure("C").orElseThrow().source());
  }

  @Test
  void hiddenDirectoryNamedExplicitlyIsRead() throws IOException {
    write(".corpus/a.md", record("A", "TP53"));
    write(".corpus/.b.md", record("B", "TP53"));
    Corpus corpus = loader.load(List.of(dir.resolve(".corpus")));
    assertEquals(List.of("A"), figids(corpus));
  }

  @Test
  void brokenRecordsAreSkippedAndEachIsReportedWithPathLineAndReason() throws IOException {
    write("good1.md", record("G1", "TP53"));
    write("good2.md", record("G2", "EGFR"));
    write("good3.md", record("G3", "AKT1"));
    write("bad-year.md", "---\nfigid: BY\nfigtitle: t\nyear: 20x8\n---\n");
    write("no-front-matter.md", "# Just Markdown\n\nNo YAML here.\n");
    write("no-figid.md", "---\nfigtitle: no id\n---\n");
    write("dup-field.md", "---\nfigid: A\nfigtitle: t\nfigid: B\n---\n");
    write("empty.md", "");
    Files.write(dir.resolve("binary.txt"), new byte[] {'-', '-', '-', '\n', 0, 1, 2});

    Corpus corpus = loader.load(List.of(dir));

    assertEquals(List.of("G1", "G2", "G3"), figids(corpus));
    List<LoadIssue> skipped = corpus.report().skipped();
    List<String> places =
        skipped.stream().map(i -> dir.relativize(Path.of(i.source())) + ":" + i.line()).toList();
    assertEquals(
        List.of(
            "bad-year.md:4",
            "binary.txt:2",
            "dup-field.md:4",
            "empty.md:0",
            "no-figid.md:2",
            "no-front-matter.md:1"),
        places);
    assertTrue(skipped.get(0).reason().contains("year '20x8' is not a four-digit year"));
    assertTrue(skipped.get(1).reason().contains("NUL"));
    assertTrue(skipped.get(2).reason().contains("duplicate field 'figid' (first on line 2)"));
    assertTrue(skipped.get(3).reason().contains("empty file"));
    assertTrue(skipped.get(4).reason().contains("required field 'figid' is missing"));
    assertTrue(skipped.get(5).reason().contains("no front matter"));
    assertEquals(9, corpus.report().filesRead());
    assertEquals(3, corpus.report().figuresLoaded());
  }

  @Test
  void strictLoadingThrowsTheFirstProblemInPathOrder() throws IOException {
    write("good.md", record("G", "TP53"));
    write("no-figid.md", "---\nfigtitle: no id\n---\n");
    write("bad-year.md", "---\nfigid: BY\nfigtitle: t\nyear: 20x8\n---\n");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> loader.strict(true).load(List.of(dir)));
    assertEquals(dir.resolve("bad-year.md").toString(), e.source());
    assertEquals(4, e.line());
    assertTrue(e.reason().contains("20x8"), e.reason());
  }

  @Test
  void strictLoadingThrowsOnASkippedGmtLine() throws IOException {
    write("sets.gmt", "OK\td\tTP53\nEMPTY\td\t\n");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> loader.strict(true).load(List.of(dir)));
    assertEquals(dir.resolve("sets.gmt").toString(), e.source());
    assertEquals(2, e.line());
  }

  @Test
  void strictLoadingOfACleanCorpusSucceeds() throws IOException {
    write("good.md", record("G", "TP53"));
    write("sets.gmt", "S\td\tTP53\t999999999\n");
    Corpus corpus = loader.strict(true).load(List.of(dir));
    assertEquals(List.of("G", "S"), figids(corpus));
    assertEquals(1, corpus.report().warnings().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a-first.gmt", "z-last.gmt"})
  void recordBeatsGmtSetWithTheSameFigid(String gmtName) throws IOException {
    write("m.md", record("PMC1__F1", "TP53", "BRCA1", "Sp1"));
    write(gmtName, "PMC1__F1\tgmt title\tEGFR\nPMC2__F1\tother\tAKT1\n");
    Corpus corpus = loader.load(List.of(dir));

    assertEquals(2, corpus.figures().size());
    Figure merged = corpus.figure("PMC1__F1").orElseThrow();
    assertEquals("Title of PMC1__F1", merged.title());
    assertEquals(List.of("TP53", "BRCA1"), merged.humanGenes());
    assertEquals(List.of("Sp1"), merged.otherKeywords());
    assertEquals(dir.resolve("m.md").toString(), merged.source());
    assertEquals(List.of("AKT1"), corpus.figure("PMC2__F1").orElseThrow().humanGenes());
    assertEquals(1, corpus.report().mergedFromGmt());
    assertEquals(List.of(), corpus.report().skipped());
    assertEquals(2, corpus.report().figuresLoaded());
  }

  @Test
  void duplicateFigidInTwoRecordsKeepsTheFirstAndReportsTheSecond() throws IOException {
    Path first = write("a.md", record("X", "TP53"));
    Path second = write("b.md", record("X", "EGFR"));
    Corpus corpus = loader.load(List.of(dir));
    assertEquals(List.of("TP53"), corpus.figure("X").orElseThrow().humanGenes());
    assertEquals(
        List.of(
            new LoadIssue(second.toString(), 0, "duplicate figid X, first loaded from " + first)),
        corpus.report().skipped());
    assertEquals(0, corpus.report().mergedFromGmt());
  }

  @Test
  void duplicateSetInTwoGmtFilesKeepsTheFirst() throws IOException {
    write("a.gmt", "S\tfirst\tTP53\n");
    write("b.gmt", "T\td\tMYC\nS\tsecond\tEGFR\n");
    Corpus corpus = loader.load(List.of(dir));
    assertEquals(List.of("S", "T"), figids(corpus));
    assertEquals(List.of("TP53"), corpus.figure("S").orElseThrow().humanGenes());
    assertEquals(1, corpus.report().skipped().size());
    assertTrue(
        corpus
            .report()
            .skipped()
            .get(0)
            .toString()
            .startsWith(dir.resolve("b.gmt") + ":2: duplicate figid S"));
  }

  @Test
  void fileReachedThroughTwoGivenPathsIsReadOnce() throws IOException {
    Path file = write("sub/a.md", record("A", "TP53"));
    write("sub/b.pdf", "%PDF");
    Corpus corpus = loader.strict(true).load(List.of(dir, file, dir.resolve("sub")));
    assertEquals(List.of("A"), figids(corpus));
    assertEquals(1, corpus.report().filesRead());
    assertEquals(1, corpus.report().ignoredFiles());
    assertEquals(List.of(), corpus.report().skipped());
  }

  @Test
  void missingPathIsAnError() {
    Path missing = dir.resolve("no-such-folder");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> loader.load(List.of(missing)));
    assertEquals(missing.toString(), e.source());
    assertEquals(0, e.line());
    assertEquals("no such file or directory", e.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"notes.pdf", "genes.tsv", "README", "figure.md.bak"})
  void namedFileWithAnUnknownExtensionIsAnError(String name) throws IOException {
    Path file = write(name, record("A", "TP53"));
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> loader.load(List.of(file)));
    assertEquals(file.toString(), e.source());
    assertTrue(e.reason().startsWith("not a corpus file"), e.reason());
  }

  @Test
  void namedFilesOfEachKindAreRead() throws IOException {
    Path md = write("x/one.md", record("ONE", "TP53"));
    Path yaml = write("y/two.YAML", record("TWO", "EGFR"));
    Path gmt = write("z/three.gmt", "THREE\td\tMYC\n");
    Corpus corpus = loader.load(List.of(gmt, md, yaml));
    assertEquals(List.of("THREE", "ONE", "TWO"), figids(corpus));
    assertEquals(3, corpus.report().filesRead());
    assertEquals(0, corpus.report().ignoredFiles());
  }

  @Test
  void emptyDirectoryGivesAnEmptyCorpus() throws IOException {
    Corpus corpus = loader.load(List.of(dir));
    assertEquals(List.of(), corpus.figures());
    assertEquals(new LoadReport(0, 0, List.of(), List.of(), 0, 0), corpus.report());
  }
}
