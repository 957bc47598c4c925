package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms a list comes in (issue 13): gzip-compressed files and standard input, genes inline with
 * {@code --genes}, missing-value words, and lists of another organism's genes.
 */
class ListInputFormsTest {

  @TempDir static Path cache;
  @TempDir Path dir;

  private static String igf1rReport;

  @BeforeAll
  static void runFile() {
    igf1rReport = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out();
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  @Test
  void gzipListFileGivesTheSameReportWhateverItsName() throws IOException {
    byte[] compressed = gzip(Files.readAllBytes(CliRun.IGF1R));
    for (String name : new String[] {"igf1r.txt.gz", "igf1r.txt"}) {
      Path file = Files.write(dir.resolve(name), compressed);
      CliRun run = CliRun.run(cache, "enrich", file).ok();
      assertEquals(igf1rReport, run.out(), name);
      assertTrue(run.err().contains("35 identifiers: 35 mapped"), run.err());
    }
  }

  @Test
  void gzipStandardInput() throws IOException {
    byte[] compressed = gzip(Files.readAllBytes(CliRun.IGF1R));
    CliRun run =
        CliRun.runIn(
                Map.of(
                    "FIGORA_HOME",
                    CliRun.ROOT.toString(),
                    "XDG_CACHE_HOME",
                    cache.toAbsolutePath().toString()),
                new ByteArrayInputStream(compressed),
                "enrich",
                "-",
                "-q")
            .ok();
    assertEquals(igf1rReport, run.out());
  }

  @Test
  void gzipTableWithGeneColumn() throws IOException {
    Path file = Files.write(dir.resolve("deseq2.csv.gz"), gzip(Files.readAllBytes(CliRun.DESEQ2)));
    String where = "padj < 0.05";
    CliRun plain =
        CliRun.run(
                cache, "enrich", CliRun.DESEQ2, "--gene-column", "column1", "--where", where, "-q")
            .ok();
    CliRun compressed =
        CliRun.run(cache, "enrich", file, "--gene-column", "column1", "--where", where, "-q").ok();
    assertEquals(plain.out(), compressed.out());
  }

  @Test
  void genesInlineAreOneListNamedGenes() throws IOException {
    String genes =
        String.join(
            ",",
            Files.readAllLines(CliRun.IGF1R).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(String::strip)
                .toList());
    CliRun run = CliRun.run(cache, "enrich", "--genes", genes).ok();
    assertEquals(igf1rReport, run.out());
    assertTrue(run.err().contains("figora: genes: 35 identifiers: 35 mapped"), run.err());
    CliRun split =
        CliRun.run(cache, "enrich", "--genes", "IGF1R,IRS1", "--genes", "AKT1 PIK3CA", "-q").ok();
    TextTable table = TextTable.tsv(split.out());
    assertTrue(TextTable.every(table.column(ReportColumns.LIST_SIZE), "4"::equals));
    Map<?, ?> provenance =
        (Map<?, ?>)
            ((Map<?, ?>)
                    MiniJson.parse(
                        CliRun.run(
                                cache,
                                "enrich",
                                "--genes",
                                "IGF1R,IRS1,AKT1",
                                "--format",
                                "json",
                                "-q")
                            .ok()
                            .out()))
                .get("provenance");
    assertEquals("genes", provenance.get("list"));
  }

  @Test
  void genesInlineWithAFileIsABatch() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    CliRun.run(
            cache, "enrich", "--genes", "IGF1R,IRS1,AKT1", CliRun.IGF1R, "--output-dir", out, "-q")
        .ok();
    assertTrue(Files.exists(out.resolve("genes.tsv")));
    assertTrue(Files.exists(out.resolve("igf1r-signalling.tsv")));
  }

  @Test
  void missingValuesAreSkippedAndCounted() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("with-na.txt"),
            "IGF1R\nNA\nIRS1\nNaN\nInf\n#N/A\n\"\"\nAKT1\nNULL\n",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.run(cache, "enrich", file).ok();
    assertTrue(
        run.err()
            .contains(
                "with-na.txt: 3 identifiers: 3 mapped (3 exact), 0 ambiguous,"
                    + " 0 unknown, 0 duplicates; 6 missing values skipped"),
        run.err());
    assertTrue(run.err().contains("n = 3 genes"), run.err());
    assertFalse(
        run.out().contains("XK") || run.out().contains("SCN11A") || run.out().contains("CBLIF"),
        run.out());
  }

  @Test
  void missingValuesInTheGeneColumnAreSkippedAndCounted() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("table.csv"),
            "gene,padj\nIGF1R,0.01\nNA,0.01\nIRS1,0.01\nNaN,0.01\nAKT1,0.02\n#N/A,0.01\nInf,0.01\n",
            StandardCharsets.UTF_8);
    CliRun run =
        CliRun.run(cache, "enrich", file, "--gene-column", "gene", "--where", "padj < 0.05").ok();
    assertTrue(run.err().contains("4 missing values in 'gene' skipped"), run.err());
    assertTrue(run.err().contains("3 identifiers: 3 mapped"), run.err());
  }

  @Test
  void genesResolveShowsMissingValues() throws IOException {
    Path file = Files.writeString(dir.resolve("na.txt"), "TP53\nNA\nNaN\n");
    CliRun run = CliRun.run(cache, "genes", "resolve", file).ok();
    assertTrue(run.out().contains("NA\t2\tmissing-value\t\n"), run.out());
    assertTrue(run.err().contains("2 missing values skipped"), run.err());
  }

  @Test
  void mouseListGetsAWarningEvenWhenQuiet() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("mouse.txt"), "Igf1r\nIrs1\nAkt1\nPik3ca\nMapk1\nTrp53\nFoxo1\nGsk3b\n");
    CliRun run = CliRun.run(cache, "enrich", file, "-q").ok();
    assertTrue(
        run.err()
            .contains(
                "figora: warning: mouse.txt: 8 of 8 identifiers look like"
                    + " another organism's genes"),
        run.err());
    assertTrue(
        run.err().contains("the corpus is human and figora does no ortholog mapping"), run.err());
    CliRun human = CliRun.run(cache, "enrich", CliRun.IGF1R);
    assertFalse(human.err().contains("warning"), human.err());
  }

  @Test
  void mouseEnsemblListFailsWithTheReason() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("mouse-ensembl.txt"),
            "ENSMUSG00000005533\nENSMUSG00000029580\nENSMUSG00000059552\n");
    CliRun run = CliRun.run(cache, "enrich", file).expect(ExitCodes.DATA);
    assertTrue(run.err().contains("no usable genes"), run.err());
    assertTrue(
        run.err().contains("3 of 3 identifiers look like another organism's genes"), run.err());
  }
}
