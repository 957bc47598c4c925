package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.MatchKind;
import org.figora.analysis.gene.MissingValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Missing-value words (R's {@code NA}, pandas' default {@code na_values}, spreadsheet errors) are
 * never genes, although the reference has {@code NA}, {@code NaN} and {@code INF} as aliases of XK,
 * SCN11A and CBLIF; they are counted and reported (issue 13).
 */
class MissingValuesTest {

  private static GeneReference reference;

  @TempDir Path folder;

  @BeforeAll
  static void loadReference() {
    reference = GeneReference.bundled();
  }

  @Test
  void referenceHasTheWordsAsAliases() {
    // Why this matters: without the rule, these words would map to genes.
    assertTrue(reference.gene("XK").orElseThrow().aliases().contains("NA"));
    assertTrue(reference.gene("SCN11A").orElseThrow().aliases().contains("NaN"));
    assertTrue(reference.gene("CBLIF").orElseThrow().aliases().contains("INF"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NA",
        "na",
        "N/A",
        "n/a",
        "NaN",
        "nan",
        "-NaN",
        "NULL",
        "null",
        "None",
        "Inf",
        "-Inf",
        "+Inf",
        "inf",
        "Infinity",
        "#N/A",
        "#NA",
        "#VALUE!",
        "#NAME?",
        "<NA>",
        "\"\"",
        "''",
        " NA ",
        "\"NA\"",
        "-1.#IND",
        "1.#QNAN"
      })
  void resolvesAsMissingValueNeverAGene(String word) {
    var resolution = reference.resolve(word);
    assertEquals(MatchKind.MISSING_VALUE, resolution.kind(), word);
    assertEquals(List.of(), resolution.symbols());
  }

  @ParameterizedTest
  @ValueSource(strings = {"XK", "SCN11A", "CBLIF", "NAT2", "INFNAN", "NAN1"})
  void wordsThatMerelyLookAlikeAreNotMissing(String word) {
    assertTrue(!MissingValues.isMissing(word), word);
  }

  @Test
  void listCountsAndReportsMissingValues() throws IOException {
    Path file = folder.resolve("genes.txt");
    Files.writeString(
        file,
        "TP53\nNA\nNaN\nInf\n-Inf\n#N/A\nNULL\nnull\n\"\"\nN/A\nAKT1, NA ,\"\", #N/A # comment\n"
            + "# NA in a comment is not counted\nEGFR #NA\n",
        StandardCharsets.UTF_8);
    List<InputIdentifier> read = new GeneListReader().read(file);
    ResolvedGeneList list = new GeneListResolver(reference).resolve("genes.txt", read);
    assertEquals(List.of("TP53", "AKT1", "EGFR"), list.symbols());
    assertEquals(13, list.missingValues().size());
    assertEquals(
        List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 11, 13),
        list.missingValues().stream().map(ResolvedIdentifier::line).toList());
    assertEquals(0, list.unknown().size());
    assertEquals(
        "3 identifiers: 3 mapped (3 exact), 0 ambiguous, 0 unknown, 0 duplicates;"
            + " 13 missing values skipped",
        list.summary());
  }

  @Test
  void emptyQuotesAreReadAsMissingValuesNotDropped() throws IOException {
    Path file = folder.resolve("quotes.txt");
    Files.writeString(file, "\"\"\n''\n", StandardCharsets.UTF_8);
    ResolvedGeneList list =
        new GeneListResolver(reference).resolve("quotes.txt", new GeneListReader().read(file));
    assertEquals(List.of(), list.symbols());
    assertEquals(2, list.missingValues().size());
  }

  @Test
  void summaryWithoutMissingValuesIsUnchanged() {
    ResolvedGeneList list =
        new GeneListResolver(reference).resolve("l", List.of(new InputIdentifier("TP53", 1)));
    assertEquals(
        "1 identifier: 1 mapped (1 exact), 0 ambiguous, 0 unknown, 0 duplicates", list.summary());
  }

  @Test
  void tableGeneCellsWithMissingWordsAreSkippedAndCounted() throws IOException {
    Path file = folder.resolve("results.csv");
    Files.writeString(
        file,
        "gene,padj\nTP53,0.01\nNA,0.01\nNaN,0.02\n\"\",0.01\n#N/A,0.03\nNULL,0.01\nInf,0.01\n"
            + "EGFR,0.2\n,0.01\n",
        StandardCharsets.UTF_8);
    TableGeneList table =
        new TableGeneListReader("gene", RowFilter.parse("padj < 0.05")).read(file);
    assertEquals(List.of("TP53"), table.identifiers().stream().map(InputIdentifier::text).toList());
    assertEquals(7, table.rowsWithoutGene());
    assertEquals(
        "9 rows: 8 selected, 1 excluded by the filter, 0 with a missing value (NA, empty"
            + " or not a number); 7 missing values in 'gene' skipped",
        table.summary());
  }
}
