package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code figora enrich} reads lists from, and how it rejects lists it cannot use. */
class EnrichInputsTest {

  @TempDir static Path cache;
  @TempDir Path dir;

  private static String igf1rReport;

  @BeforeAll
  static void runFile() {
    igf1rReport = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Asserts a run failed on its data: exit 3, a message, and no report. */
  private static CliRun assertDataError(CliRun run, String... messageParts) {
    run.expect(ExitCodes.DATA);
    for (String part : messageParts) {
      assertTrue(run.err().contains(part), () -> "'" + part + "' in\n" + run.err());
    }
    assertEquals("", run.out(), "no report");
    return run;
  }

  @Test
  void standardInputIsReadForDash() throws IOException {
    String list = Files.readString(CliRun.IGF1R);
    CliRun run = CliRun.runWithInput(cache, list, "enrich", "-").ok();
    assertEquals(igf1rReport, run.out());
    assertTrue(run.err().contains("figora: stdin: 35 identifiers"), run.err());
    Map<?, ?> provenance =
        (Map<?, ?>)
            ((Map<?, ?>)
                    MiniJson.parse(
                        CliRun.runWithInput(cache, list, "enrich", "-", "--format", "json", "-q")
                            .ok()
                            .out()))
                .get("provenance");
    assertEquals("stdin", provenance.get("list"));
  }

  @Test
  void standardInputWithWindowsLineEndsAndSeparators() {
    String list = "# pasted from a spreadsheet\r\nIGF1R,IRS1;AKT1\r\nPIK3CA\tMTOR\r\n";
    TextTable table =
        TextTable.tsv(CliRun.runWithInput(cache, list, "enrich", "-", "-q").ok().out());
    assertTrue(TextTable.every(table.column(ReportColumns.LIST_SIZE), "5"::equals));
  }

  @Test
  void mixedIdentifiersRunAndAreSummarised() {
    CliRun run = CliRun.run(cache, "enrich", CliRun.MIXED).ok();
    assertTrue(run.err().contains("mixed-identifiers.txt: 19 identifiers: 12 mapped"), run.err());
    assertTrue(run.err().contains("1 ambiguous"), run.err());
    assertTrue(run.err().contains("2 unknown"), run.err());
    assertTrue(run.err().contains("4 duplicates"), run.err());
    TextTable table = TextTable.tsv(run.out());
    assertTrue(table.size() > 0);
    Map<?, ?> provenance =
        (Map<?, ?>)
            ((Map<?, ?>)
                    MiniJson.parse(
                        CliRun.run(cache, "enrich", CliRun.MIXED, "--format", "json", "-q")
                            .ok()
                            .out()))
                .get("provenance");
    assertEquals(19L, provenance.get("input_identifiers"));
    assertEquals(12L, provenance.get("mapped_genes"));
    assertEquals(
        List.of("2-Mar", "NOT_A_GENE", "XYZ123"),
        ((List<?>) provenance.get("unmapped_identifiers"))
            .stream().map(String.class::cast).sorted().toList());
  }

  @Test
  void tableColumnWithWhereKeepsTheMatchingRows() throws IOException {
    // Count by hand the DESeq2 rows with padj < 0.05 and log2FoldChange > 1 ("NA" never matches).
    TextTable deseq = TextTable.csv(Files.readString(CliRun.DESEQ2));
    assertEquals("", deseq.header().get(0), "the example's gene column has an empty name");
    int matching = 0;
    for (int r = 0; r < deseq.size(); r++) {
      String padj = deseq.get(r, "padj");
      if (!padj.equals("NA")
          && Double.parseDouble(padj) < 0.05
          && Double.parseDouble(deseq.get(r, "log2FoldChange")) > 1) {
        matching++;
      }
    }
    assertEquals(10, matching);

    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                CliRun.DESEQ2,
                "--gene-column",
                "column1",
                "--where",
                "padj < 0.05 and log2FoldChange > 1")
            .ok();
    TextTable table = TextTable.tsv(run.out());
    assertTrue(table.size() > 0);
    assertTrue(
        TextTable.every(table.column(ReportColumns.LIST_SIZE), String.valueOf(matching)::equals),
        table.column(ReportColumns.LIST_SIZE).toString());
    assertTrue(run.err().contains("16 rows: " + matching + " selected"), run.err());
    assertTrue(run.err().contains("1 with a missing value"), run.err());
    assertEquals(CliRun.IGF1R_FIGURE, table.get(0, ReportColumns.FIGID));
  }

  @Test
  void tsvTableWithNamedColumnAndAbsFilter() throws IOException {
    Path table =
        write(
            "results.tsv",
            "gene\tlog2FoldChange\tpadj\n"
                + "IGF1R\t2.3\t0.001\nIRS1\t-1.8\t0.002\nAKT1\t0.2\t0.001\nPIK3CA\t1.5\t0.2\n"
                + "MTOR\t-3.0\tNA\nGRB2\t1.1\t0.04\n");
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                table,
                "--gene-column",
                "GENE",
                "--where",
                "abs(log2FoldChange) > 1 and not padj >= 0.05")
            .ok();
    assertTrue(
        TextTable.every(TextTable.tsv(run.out()).column(ReportColumns.LIST_SIZE), "3"::equals),
        run.out());
  }

  @Test
  void tableWithoutGeneColumnIsAUsageErrorNotEveryCellTakenForAGene() {
    // Read as a plain list, 'stat' and 'NA' would map to the aliases SOAT1 and XK.
    CliRun run = CliRun.run(cache, "enrich", CliRun.DESEQ2).expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("--gene-column"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void oneLineCommaSeparatedListInACsvFileIsStillAList() throws IOException {
    Path list = write("genes.csv", "IGF1R,IRS1,AKT1,PIK3CA,MTOR\n");
    CliRun comma = CliRun.run(cache, "enrich", list).ok();
    Path column = write("genes.tsv", "IGF1R\nIRS1\nAKT1\nPIK3CA\nMTOR\n");
    CliRun lines = CliRun.run(cache, "enrich", column).ok();
    // the five genes, each read once, in both forms: n = 5 in every row, and the same report
    assertTrue(comma.err().contains("genes.csv: 5 identifiers: 5 mapped"), comma.err());
    assertTrue(
        TextTable.every(TextTable.tsv(comma.out()).column(ReportColumns.LIST_SIZE), "5"::equals),
        comma.out());
    assertEquals(comma.out(), lines.out());
  }

  @Test
  void missingGeneColumnListsTheColumns() {
    assertDataError(
        CliRun.run(cache, "enrich", CliRun.DESEQ2, "--gene-column", "gene"),
        "no column 'gene'",
        "column1, baseMean, log2FoldChange, lfcSE, stat, pvalue, padj");
  }

  @Test
  void malformedWhereNamesThePosition() {
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                CliRun.DESEQ2,
                "--gene-column",
                "column1",
                "--where",
                "padj < < 0.05")
            .expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("position 8"), run.err());
    assertTrue(run.err().contains("padj < < 0.05"), run.err());
  }

  @Test
  void whereNamingAMissingColumnIsBadData() {
    assertDataError(
        CliRun.run(
            cache, "enrich", CliRun.DESEQ2, "--gene-column", "column1", "--where", "qvalue < 0.05"),
        "qvalue");
  }

  @Test
  void whereMatchingNoRowIsBadData() {
    assertDataError(
        CliRun.run(
            cache, "enrich", CliRun.DESEQ2, "--gene-column", "column1", "--where", "padj < 0"),
        "0 selected");
  }

  @Test
  void emptyListIsBadData() throws IOException {
    Path empty = write("empty.txt", "");
    assertDataError(CliRun.run(cache, "enrich", empty), "empty.txt", "no gene identifiers");
    Path comments = write("comments.txt", "# only a comment\n\n");
    assertDataError(CliRun.run(cache, "enrich", comments), "comments.txt");
    assertDataError(CliRun.runWithInput(cache, "", "enrich", "-"), "stdin");
  }

  @Test
  void onlyUnknownGenesIsBadDataWithAnExplanation() throws IOException {
    Path unknown = write("unknown.txt", "NOT_A_GENE\nXYZ123\nfoo_bar\n");
    assertDataError(
        CliRun.run(cache, "enrich", unknown),
        "unknown.txt: no usable genes",
        "3 unknown",
        "NOT_A_GENE",
        "human gene symbols, Entrez or Ensembl IDs");
  }

  @Test
  void onlyAmbiguousGenesIsBadData() throws IOException {
    Path ambiguous = write("ambiguous.txt", "2-Mar\n");
    assertDataError(
        CliRun.run(cache, "enrich", ambiguous), "no usable genes", "1 ambiguous", "2-Mar");
  }

  @Test
  void listEntirelyOutsideTheBackgroundIsBadDataNotATableOfOnes() throws IOException {
    // A background of corpus genes, none of them in the list.
    Path background = write("background.txt", "TP53\nMDM2\nCDKN1A\nCDK4\nCCND1\nMYC\n");
    List<String> list = Files.readAllLines(CliRun.IGF1R);
    for (String gene : List.of("TP53", "MDM2", "CDKN1A", "CDK4", "CCND1", "MYC")) {
      assertTrue(!list.contains(gene), gene + " is in the list");
    }
    assertDataError(
        CliRun.run(cache, "enrich", CliRun.IGF1R, "--background", background),
        "none of its 35 mapped genes is in the background",
        "--background");
  }

  @Test
  void genesInNoFigureAreBadDataWithTheDefaultBackground() {
    // IRS2, EIF4EBP1 and IGFBP5 are human genes that no seed figure has.
    assertDataError(
        CliRun.runWithInput(cache, "IRS2\nEIF4EBP1\nIGFBP5\n", "enrich", "-"),
        "none of its 3 mapped genes is in the background (annotated, N = 2121)",
        "IRS2");
  }

  @Test
  void backgroundWithNoCorpusGeneIsBadData() throws IOException {
    Path background = write("background.txt", "XIST\nHBB\n");
    assertDataError(
        CliRun.run(cache, "enrich", CliRun.IGF1R, "--background", background),
        "none of the 2 background genes occurs in any figure");
  }

  @Test
  void missingListFileIsBadData() {
    assertDataError(
        CliRun.run(cache, "enrich", dir.resolve("no-such-list.txt")),
        "no-such-list.txt",
        "no such gene list file");
  }

  @Test
  void gmtGivenAsAListPointsToLists() {
    assertDataError(
        CliRun.run(cache, "enrich", CliRun.SEEDS.resolve("pfocr-sample.gmt")), "--lists");
  }

  @Test
  void invalidUtf8IsBadData() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'I', 'G', 'F', '1', 'R', '\n', (byte) 0xe9, '\n'});
    assertDataError(CliRun.run(cache, "enrich", latin1), "latin1.txt");
  }

  @Test
  void emptyCorpusIsBadDataWhateverTheBackground() throws IOException {
    Path corpus = write("empty.gmt", "");
    for (String background : List.of("annotated", "protein-coding")) {
      assertDataError(
          CliRun.run(cache, "enrich", CliRun.IGF1R, "--corpus", corpus, "--background", background),
          "has no figures");
    }
    Path malformed = write("malformed.gmt", "only-a-name\n");
    CliRun run =
        assertDataError(
            CliRun.run(cache, "enrich", CliRun.IGF1R, "--corpus", malformed), "has no figures");
    assertTrue(run.err().contains("skipped"), run.err());
  }
}
