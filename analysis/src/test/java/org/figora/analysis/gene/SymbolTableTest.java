package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolTableTest {

  @Test
  void givesItsOwnInstanceOfEverySymbolAndNothingElse() {
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      symbols.add("G" + i);
    }
    SymbolTable table = new SymbolTable(symbols);
    for (String symbol : symbols) {
      String copy = new String(symbol.toCharArray());
      assertSame(symbol, table.canonical(copy), symbol);
    }
    for (int i = 50_000; i < 60_000; i++) {
      assertNull(table.canonical("G" + i));
    }
    assertNull(table.canonical("g1"), "exact case only");
    assertNull(table.canonical(""));
  }

  @Test
  void keepsSymbolsWhoseHashCodesCollide() {
    // "Aa" and "BB" have the same String.hashCode, as do their concatenations.
    List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    assertEquals(1, colliding.stream().mapToInt(String::hashCode).distinct().count());
    SymbolTable table = new SymbolTable(colliding);
    for (String symbol : colliding) {
      assertSame(symbol, table.canonical(new String(symbol.toCharArray())));
    }
    assertNull(table.canonical("AaAaAa"));
  }

  @Test
  void worksWhenEmpty() {
    assertNull(new SymbolTable(List.of()).canonical("TP53"));
  }

  @Test
  void rejectsASymbolGivenTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SymbolTable(List.of("TP53", new String("TP53".toCharArray()))));
  }

  @Test
  void keepsTheFirstInstanceOfARepeatedSymbolWhenRepeatsAreAllowed() {
    String first = new String("HBD".toCharArray());
    String second = new String("HBD".toCharArray());
    SymbolTable table = SymbolTable.ofRepeated(List.of(first, "TP53", second));
    assertEquals(2, table.size());
    assertSame(first, table.canonical(second));
  }
}
