package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TableShapeTest {

  private static List<InputIdentifier> read(String text) {
    return GeneListReader.parse(text.replace("\\n", "\n"), "pasted");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"\",\"baseMean\",\"log2FoldChange\",\"padj\"\\n\"TP53\",10.5,1.2,0.01\\n\"EGFR\",3,-2,1e-5",
        "gene\tlogFC\tFDR\\nTP53\t1.5\t0.001\\nEGFR\t-2\t0.03",
        "gene,padj\\nTP53,NA\\nEGFR,0.04",
      })
  void resultTablesAreTables(String text) {
    List<InputIdentifier> identifiers = read(text);
    assertTrue(TableShape.severalCellsOnSeveralLines(identifiers));
    assertTrue(TableShape.looksLikeResultTable(identifiers));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TP53\\nEGFR\\nKRAS",
        "TP53 EGFR KRAS",
        "TP53, EGFR\\nKRAS, MYC\\nAKT1",
        "7157, 1956\\n3845, 4609",
        "TP53 1.5",
      })
  void listsAreNotResultTables(String text) {
    assertFalse(TableShape.looksLikeResultTable(read(text)));
  }

  @ParameterizedTest
  @CsvSource({
    "0.05, true",
    "-1.2, true",
    "3e-8, true",
    "2.1E+5, true",
    "7157, false",
    "NaN, false",
    "e, false",
    "1-Sep, false",
    "MT-CO1, false",
    "., false",
  })
  void decimals(String text, boolean decimal) {
    assertEquals(decimal, TableShape.isDecimal(text));
  }

  @org.junit.jupiter.api.Test
  void theFirstLineNamesTheColumns() {
    assertEquals(
        List.of("baseMean", "log2FoldChange", "padj"),
        TableShape.firstLine(read("baseMean,log2FoldChange,padj\\nTP53,1.5,0.1")));
  }
}
