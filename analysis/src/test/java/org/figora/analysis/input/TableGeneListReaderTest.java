package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableGeneListReaderTest {

  /**
   * A DESeq2 result as R's {@code write.csv} saves it: quoted header with an empty first cell for
   * the row names, NA values, a quoted cell with a comma and doubled quotes, and one with a line
   * break (the ERBB2 row spans lines 4 and 5).
   */
  static final String DESEQ2_CSV =
      """
      "","baseMean","log2FoldChange","lfcSE","stat","pvalue","padj","symbol","description"
      "ENSG00000141510.17",1520.3,2.5,0.2,12.5,1e-30,2.1e-28,"TP53","p53, a ""guardian\"""
      "ENSG00000146648.18",830.1,1.2,0.3,4,6.3e-05,0.0012,"EGFR","epidermal growth factor receptor"
      "ENSG00000141736",45.2,3.1,0.9,3.4,0.0006,0.049,"ERBB2","erb-b2 receptor
      tyrosine kinase 2"
      "ENSG00000133703",12.1,0.8,0.4,2,0.04,0.3,"KRAS","KRAS proto-oncogene, GTPase"
      "ENSG00000136997",0,NA,NA,NA,NA,NA,"MYC","MYC proto-oncogene"
      "ENSG00000171862",5.5,1.8,0.7,2.5,0.01,NA,"PTEN","phosphatase and tensin homolog"
      "ENSG00000012048",7.7,0.3,0.5,0.6,0.5,NA,"BRCA1","BRCA1 DNA repair associated"
      "ENSG00000181449",60,-2.2,0.3,-7,1e-12,1e-10,"SOX2","SRY-box transcription factor 2"
      "ENSG00000180096",33,1.5,0.2,7,1e-08,1e-06,"1-Sep","septin 1"
      "ENSG00000999999",20,4,0.5,8,1e-09,1e-07,NA,"novel transcript"
      """;

  static final String DESEQ2_FILTER = "padj < 0.05 and log2FoldChange > 1";

  @TempDir Path folder;

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static TableGeneList read(Path file, String geneColumn, String filter)
      throws IOException {
    return new TableGeneListReader(geneColumn, RowFilter.parse(filter)).read(file);
  }

  private static List<String> texts(TableGeneList table) {
    return table.identifiers().stream().map(InputIdentifier::text).toList();
  }

  private static List<Integer> lines(TableGeneList table) {
    return table.identifiers().stream().map(InputIdentifier::line).toList();
  }

  @Test
  void selectsDeseq2RowsByFilterFromTheUnnamedRowNameColumn() throws IOException {
    TableGeneList table = read(write("deseq2.csv", DESEQ2_CSV), "column1", DESEQ2_FILTER);
    assertEquals(
        List.of(
            "ENSG00000141510.17",
            "ENSG00000146648.18",
            "ENSG00000141736",
            "ENSG00000180096",
            "ENSG00000999999"),
        texts(table));
    assertEquals(List.of(2, 3, 4, 11, 12), lines(table));
    assertEquals(
        List.of(
            "column1",
            "baseMean",
            "log2FoldChange",
            "lfcSE",
            "stat",
            "pvalue",
            "padj",
            "symbol",
            "description"),
        table.columns());
    assertEquals("column1", table.geneColumn());
    assertEquals(10, table.dataRows());
    assertEquals(5, table.matchedRows());
    assertEquals(3, table.excludedRows());
    assertEquals(2, table.missingValueRows());
    assertEquals(0, table.rowsWithoutGene());
  }

  @Test
  void selectsDeseq2SymbolsAndCountsRowsWithoutGene() throws IOException {
    TableGeneList table = read(write("deseq2.csv", DESEQ2_CSV), "symbol", DESEQ2_FILTER);
    assertEquals(List.of("TP53", "EGFR", "ERBB2", "1-Sep"), texts(table));
    assertEquals(1, table.rowsWithoutGene());
    assertEquals(
        "10 rows: 5 selected, 3 excluded by the filter, 2 with a missing value (NA, empty or not"
            + " a number); 1 missing value in 'symbol' skipped",
        table.summary());
  }

  @Test
  void keepsEveryRowWithoutFilter() throws IOException {
    TableGeneList table = new TableGeneListReader("symbol").read(write("all.csv", DESEQ2_CSV));
    assertEquals(
        List.of("TP53", "EGFR", "ERBB2", "KRAS", "MYC", "PTEN", "BRCA1", "SOX2", "1-Sep"),
        texts(table));
    assertEquals(List.of(2, 3, 4, 6, 7, 8, 9, 10, 11), lines(table));
    assertEquals("10 rows: 10 selected; 1 missing value in 'symbol' skipped", table.summary());
  }

  @Test
  void matchesColumnNamesIgnoringCase() throws IOException {
    TableGeneList table =
        read(write("deseq2.csv", DESEQ2_CSV), "SYMBOL", "PADJ < 0.05 and LOG2FOLDCHANGE > 1");
    assertEquals("symbol", table.geneColumn());
    assertEquals(List.of("TP53", "EGFR", "ERBB2", "1-Sep"), texts(table));
  }

  @Test
  void acceptsUnquotedEmptyFirstHeaderCellWindowsLineEndingsAndByteOrderMark() throws IOException {
    String content = "\uFEFF,log2FoldChange,padj\r\nTP53,2,0.01\r\nEGFR,0.5,0.01\r\n";
    TableGeneList table = read(write("pandas.csv", content), "column1", DESEQ2_FILTER);
    assertEquals(List.of(new InputIdentifier("TP53", 2)), table.identifiers());
  }

  @Test
  void readsEdgerTsvWithAbsoluteFoldChange() throws IOException {
    String content =
        """
        genes\tlogFC\tlogCPM\tPValue\tFDR
        TP53\t2.1\t5.2\t1e-05\t0.001
        EGFR\t-1.5\t4.4\t0.0001\t0.01
        KRAS\t0.5\t6.1\t0.01\t0.2
        MYC\t-0.9\t3.3\t0.0002\t0.02
        SOX2\t3.2\t1.0\t0.04\t0.06
        """;
    TableGeneList table =
        read(write("edger.tsv", content), "genes", "FDR < 0.05 and abs(logFC) >= 1");
    assertEquals(List.of("TP53", "EGFR"), texts(table));
    assertEquals(List.of(2, 3), lines(table));
    assertEquals(3, table.excludedRows());
  }

  @Test
  void readsWriteTableOutputWhoseHeaderLacksTheRowNameCell() throws IOException {
    String content =
        """
        "logFC"\t"FDR"
        "TP53"\t2\t0.01
        "EGFR"\t0.1\t0.01
        "MYC"\t3\t0.02
        """;
    TableGeneList table = read(write("limma.txt", content), "column1", "logFC > 1 and FDR < 0.05");
    assertEquals(List.of("column1", "logFC", "FDR"), table.columns());
    assertEquals(List.of("TP53", "MYC"), texts(table));
  }

  @Test
  void keepsIdentifiersThatLookLikeNumbersOrDatesAsWritten() throws IOException {
    String content = "id,score\n7157,1\n00123,1\n1-Sep,1\n1.10,1\nMARCH1,1\n2E5,1\n";
    TableGeneList table = read(write("ids.csv", content), "id", "score > 0");
    assertEquals(List.of("7157", "00123", "1-Sep", "1.10", "MARCH1", "2E5"), texts(table));
  }

  @Test
  void guessesSemicolonSeparatorAndCountsDecimalCommasAsMissing() throws IOException {
    String content = "gene;padj\nTP53;0,01\nEGFR;0.01\n";
    TableGeneList table = read(write("european.csv", content), "gene", "padj < 0.05");
    assertEquals(List.of("gene", "padj"), table.columns());
    assertEquals(List.of("EGFR"), texts(table));
    assertEquals(1, table.missingValueRows());
  }

  @Test
  void readsTabSeparatedFileNamedCsv() throws IOException {
    TableGeneList table =
        read(write("mislabelled.csv", "gene\tpadj\nTP53\t0.01\n"), "gene", "padj < 0.05");
    assertEquals(List.of("TP53"), texts(table));
  }

  @Test
  void padsShortRowsAndAcceptsEmptyTrailingCells() throws IOException {
    String content = "gene,padj,extra\nTP53,0.01\nEGFR,0.01,,\nKRAS\n";
    TableGeneList table = read(write("ragged.csv", content), "gene", "padj < 0.05");
    assertEquals(List.of("TP53", "EGFR"), texts(table));
    assertEquals(1, table.missingValueRows());
  }

  @Test
  void readsStandardInputWithItsLabel() throws IOException {
    byte[] content = "gene,padj\nTP53,0.01\n".getBytes(StandardCharsets.UTF_8);
    TableGeneList table =
        new TableGeneListReader("gene").read(new ByteArrayInputStream(content), "<stdin>");
    assertEquals(List.of(new InputIdentifier("TP53", 2)), table.identifiers());
  }

  @Test
  void reportsMissingGeneColumnWithFileLineAndColumns() throws IOException {
    Path file = write("deseq2.csv", DESEQ2_CSV);
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> read(file, "gene", DESEQ2_FILTER));
    assertEquals(file.toString(), error.source());
    assertEquals(1, error.line());
    assertEquals(
        "no column 'gene'; the columns are: column1, baseMean, log2FoldChange, lfcSE, stat,"
            + " pvalue, padj, symbol, description",
        error.reason());
  }

  @Test
  void reportsGeneColumnNameMatchingSeveralColumns() throws IOException {
    Path file = write("twice.csv", "\n\nGene,x,GENE\nTP53,1,TP53\n");
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(3, error.line());
    assertEquals("column name 'gene' is not unique (columns 1, 3)", error.reason());
  }

  @Test
  void reportsUnknownFilterColumnWithTheTableColumns() throws IOException {
    Path file = write("deseq2.csv", DESEQ2_CSV);
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> read(file, "symbol", "padjj < 0.05"));
    assertEquals("--where", error.source());
    assertEquals(0, error.line());
    assertEquals(
        "no column 'padjj' at position 1 in 'padjj < 0.05'; the columns are: column1, baseMean,"
            + " log2FoldChange, lfcSE, stat, pvalue, padj, symbol, description",
        error.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "\uFEFF", " \r\n"})
  void reportsEmptyTable(String content) throws IOException {
    Path file = write("empty.csv", content);
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(0, error.line());
    assertEquals("empty table: no header row", error.reason());
  }

  @Test
  void reportsHeaderWithoutRows() throws IOException {
    Path file = write("header.csv", "gene,padj\n");
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(1, error.line());
    assertEquals("the table has no rows below its header", error.reason());
  }

  @Test
  void reportsUnclosedQuoteAtTheLineItOpens() throws IOException {
    Path file = write("unclosed.csv", "gene,padj\nTP53,0.01\n\"EGFR,0.01\nKRAS,0.2\n");
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(3, error.line());
    assertEquals("a quoted cell starting on this line is never closed", error.reason());
  }

  @Test
  void reportsTextAfterClosingQuote() throws IOException {
    Path file = write("junk.csv", "gene,padj\n\"TP53\"x,0.01\n");
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(2, error.line());
    assertEquals(
        "unexpected 'x' after the closing quote of a cell (a quote inside a quoted cell is"
            + " written as \"\")",
        error.reason());
  }

  @Test
  void reportsRowWiderThanTheHeader() throws IOException {
    Path file = write("wide.csv", "gene,padj\nTP53,0.01\nEGFR,0.01,5,6\n");
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(3, error.line());
    assertEquals("the row has 4 cells but the header has 2 columns", error.reason());
  }

  @Test
  void reportsInvalidUtf8InATable() throws IOException {
    Path file = folder.resolve("latin1.csv");
    Files.write(file, new byte[] {'g', 'e', 'n', 'e', '\n', 'T', 'P', '5', '3', '\n', (byte) 0xC9});
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new TableGeneListReader("gene").read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(3, error.line());
    assertEquals(
        "not valid UTF-8 (byte 0xC9 at byte 1 of the line); save the file as UTF-8",
        error.reason());
  }
}
