package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resolution of identifiers against the bundled org.Hs.eg.db 3.16.0 reference. Expected symbols
 * come from sqlite3 queries of org.Hs.eg.sqlite (alias, ensembl, genes and gene_info tables).
 */
class GeneResolveTest {

  private static final GeneReference REFERENCE = GeneReference.bundled();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // approved symbols, exact case
        "TP53; EXACT; TP53",
        "SP1; EXACT; SP1", // also an alias of PSG1 and DAND5: the approved symbol wins
        "H4C9; EXACT; H4C9", // also an alias of 13 other H4 genes
        "HBD; EXACT; HBD", // two Entrez records share this symbol
        // Entrez IDs
        "7157; ENTREZ; TP53",
        "007157; ENTREZ; TP53",
        "1; ENTREZ; A1BG",
        "7795; ENTREZ; MEMO1",
        // Ensembl IDs, with and without version
        "ENSG00000141510; ENSEMBL; TP53",
        "ENSG00000141510.17; ENSEMBL; TP53",
        "ensg00000141510; ENSEMBL; TP53",
        "ENSG00000099977; AMBIGUOUS; DDT|DDTL",
        // case corrections: no alias has this exact spelling
        "tp53; CASE_CORRECTED; TP53",
        "Sp1; CASE_CORRECTED; SP1",
        "sp1; CASE_CORRECTED; SP1",
        "chmp2a; CASE_CORRECTED; CHMP2A",
        "fli1; CASE_CORRECTED; FLI1",
        // an exact-case alias beats a case-insensitive approved symbol: Fli1 is an alias of FLII
        "Fli1; ALIAS; FLII",
        // aliases, exact case then ignoring case
        "P53; ALIAS; TP53",
        "p53; ALIAS; TP53",
        "Akt; ALIAS; AKT1",
        "HER2; ALIAS; ERBB2",
        // previous symbols (the alias table holds them too)
        "FAM46A; ALIAS; TENT5A",
        "C10orf10; ALIAS; DEPP1",
        "KIAA0101; ALIAS; PCLAF",
        // aliases shared by several genes are never resolved to one
        "OCT4; AMBIGUOUS; POU5F1|POU5F1P3|POU5F1P4",
        "SEPT2; AMBIGUOUS; SEPTIN2|SEPTIN6",
        "DEC1; AMBIGUOUS; BHLHE40|DELEC1",
        "C7orf55; AMBIGUOUS; FMC1|FMC1-LUC7L2",
        // spreadsheet dates
        "1-Sep; SPREADSHEET_MANGLED; SEPTIN1",
        "Sep-1; SPREADSHEET_MANGLED; SEPTIN1",
        "01-Sep; SPREADSHEET_MANGLED; SEPTIN1",
        "1-Sep-2023; SPREADSHEET_MANGLED; SEPTIN1",
        "1-Sep-23; SPREADSHEET_MANGLED; SEPTIN1",
        "Sep 1; SPREADSHEET_MANGLED; SEPTIN1",
        "1-SEP; SPREADSHEET_MANGLED; SEPTIN1",
        "September 1; SPREADSHEET_MANGLED; SEPTIN1",
        "2023-09-01; SPREADSHEET_MANGLED; SEPTIN1",
        "2-Sep; SPREADSHEET_MANGLED; SEPTIN2",
        "14-Sep; SPREADSHEET_MANGLED; SEPTIN14",
        "13-Sep; SPREADSHEET_MANGLED; SEPTIN7P2", // no SEPTIN13; SEPT13 is an alias of SEPTIN7P2
        "3-Mar; SPREADSHEET_MANGLED; MARCHF3",
        "Mar-11; SPREADSHEET_MANGLED; MARCHF11",
        "1-Mar; AMBIGUOUS; MARCHF1|MTARC1", // MARCH1 or MARC1
        "2-Mar; AMBIGUOUS; MARCHF2|MTARC2", // MARCH2 or MARC2
        "1-Dec; SPREADSHEET_MANGLED; DELEC1",
        "2-Dec; SPREADSHEET_MANGLED; BHLHE41", // DEC2 is an alias of BHLHE41 only
        // unknown
        "SRPK; UNKNOWN; ",
        "NOTAGENE1; UNKNOWN; ",
        "99999999; UNKNOWN; ",
        "123456789012; UNKNOWN; ",
        "0; UNKNOWN; ",
        "ENSG00000000000; UNKNOWN; ",
        "ENSMUSG00000059552; UNKNOWN; ",
        "20-Sep; UNKNOWN; ", // no SEPTIN20, no SEPT20 alias
        "1-Jan; UNKNOWN; ",
        "30-Feb; UNKNOWN; ",
        "44805; UNKNOWN; ", // a spreadsheet serial number cannot be read back
      })
  void resolves(String input, MatchKind kind, String symbols) {
    List<String> expected = symbols == null ? List.of() : Arrays.asList(symbols.split("\\|"));
    GeneResolution resolution = REFERENCE.resolve(input);
    assertEquals(new GeneResolution(input, kind, expected), resolution);
    assertEquals(expected.size() == 1, resolution.isResolved());
    assertEquals(kind == MatchKind.AMBIGUOUS, resolution.isAmbiguous());
  }

  @Test
  void cleansQuotesSpacesAndSeparators() {
    assertResolvesTo("TP53", MatchKind.EXACT, "  TP53  ");
    assertResolvesTo("TP53", MatchKind.EXACT, "\"TP53\"");
    assertResolvesTo("TP53", MatchKind.EXACT, "'TP53'");
    assertResolvesTo("TP53", MatchKind.EXACT, "\u201cTP53\u201d");
    assertResolvesTo("TP53", MatchKind.EXACT, "TP53,");
    assertResolvesTo("TP53", MatchKind.EXACT, "TP53;");
    assertResolvesTo("TP53", MatchKind.EXACT, " \"TP53\", ");
    assertResolvesTo("TP53", MatchKind.EXACT, "\tTP53\u00a0\r\n");
    assertResolvesTo("TP53", MatchKind.ENTREZ, " 7157 ;");
    assertResolvesTo("SEPTIN1", MatchKind.SPREADSHEET_MANGLED, "\"1-Sep\",");
    // a quote that belongs to the alias is kept: CK2alpha' is an alias of CSNK2A2
    assertResolvesTo("CSNK2A2", MatchKind.ALIAS, "CK2alpha'");
  }

  @Test
  void blankInputIsAMissingValue() {
    for (String input : List.of("", "   ", "\"\"", ",", " ; ")) {
      GeneResolution resolution = REFERENCE.resolve(input);
      assertEquals(new GeneResolution(input, MatchKind.MISSING_VALUE, List.of()), resolution);
      assertEquals(Optional.empty(), resolution.symbol());
    }
  }

  @Test
  void keepsTheInputAsGiven() {
    GeneResolution resolution = REFERENCE.resolve(" \"tp53\" ");
    assertEquals(" \"tp53\" ", resolution.input());
    assertEquals(MatchKind.CASE_CORRECTED, resolution.kind());
    assertEquals(Optional.of("TP53"), resolution.symbol());
  }

  @Test
  void ambiguousHasNoSingleSymbol() {
    GeneResolution resolution = REFERENCE.resolve("OCT4");
    assertTrue(resolution.isAmbiguous());
    assertFalse(resolution.isResolved());
    assertEquals(Optional.empty(), resolution.symbol());
  }

  @Test
  void everyResolvedSymbolIsApproved() {
    for (String input : List.of("p53", "2-Mar", "ENSG00000099977", "OCT4", "7157", "Fli1")) {
      for (String symbol : REFERENCE.resolve(input).symbols()) {
        assertTrue(REFERENCE.isApprovedSymbol(symbol), input + " -> " + symbol);
      }
    }
  }

  private static void assertResolvesTo(String symbol, MatchKind kind, String input) {
    assertEquals(new GeneResolution(input, kind, List.of(symbol)), REFERENCE.resolve(input));
  }
}
