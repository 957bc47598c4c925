package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value rules of {@link GeneResolution} and {@link Gene}. */
class GeneResolutionTest {

  @ParameterizedTest(name = "{0} with {1} symbols is rejected")
  @CsvSource({
    "UNKNOWN, 1",
    "AMBIGUOUS, 0",
    "AMBIGUOUS, 1",
    "EXACT, 0",
    "EXACT, 2",
    "ALIAS, 2",
    "SPREADSHEET_MANGLED, 0",
  })
  void symbolCountMustFitTheKind(MatchKind kind, int count) {
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      symbols.add("GENE" + i);
    }
    assertThrows(IllegalArgumentException.class, () -> new GeneResolution("x", kind, symbols));
  }

  @Test
  void copiesTheSymbolList() {
    List<String> symbols = new ArrayList<>(List.of("TP53"));
    GeneResolution resolution = new GeneResolution("p53", MatchKind.ALIAS, symbols);
    symbols.add("OTHER");
    assertEquals(List.of("TP53"), resolution.symbols());
    assertEquals(Optional.of("TP53"), resolution.symbol());
    assertThrows(UnsupportedOperationException.class, () -> resolution.symbols().add("X"));
  }

  @Test
  void geneRejectsBadValues() {
    List<String> none = List.of();
    assertThrows(IllegalArgumentException.class, () -> new Gene(0, "A", "t", "n", none, none));
    assertThrows(IllegalArgumentException.class, () -> new Gene(1, " ", "t", "n", none, none));
    assertThrows(IllegalArgumentException.class, () -> new Gene(1, "A", "", "n", none, none));
    assertThrows(NullPointerException.class, () -> new Gene(1, "A", "t", null, none, none));
  }
}
