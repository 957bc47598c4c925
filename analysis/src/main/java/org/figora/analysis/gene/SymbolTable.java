package org.figora.analysis.gene;

import java.util.Collection;

/**
 * The set of approved symbols, for the lookup made for every keyword of every figure in a corpus
 * (millions per build). Open addressing over two flat arrays, the symbols' hash codes and the
 * symbols: a miss is usually settled by the hash array alone, and a hit reads one string, where a
 * {@code HashMap} reads a table, an entry and the key.
 */
final class SymbolTable {

  private final int[] hashes;
  private final String[] symbols;
  private final int mask;
  private final int shift;
  private final int size;

  /**
   * Builds the table.
   *
   * @param symbols distinct symbols; these instances are the ones {@link #canonical} returns
   */
  SymbolTable(Collection<String> symbols) {
    this(symbols, false);
  }

  /**
   * Builds the table of symbols that may come more than once, as in the rows of a reference where a
   * few symbols belong to several Entrez records.
   *
   * @param symbols symbols, possibly repeated
   * @return the table; the first instance of each symbol is the one {@link #canonical} returns
   */
  static SymbolTable ofRepeated(Collection<String> symbols) {
    return new SymbolTable(symbols, true);
  }

  private SymbolTable(Collection<String> symbols, boolean repeatsAllowed) {
    int capacity = Integer.highestOneBit(Math.max(4, symbols.size() * 3)) * 2;
    this.hashes = new int[capacity];
    this.symbols = new String[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(mask);
    int count = 0;
    for (String symbol : symbols) {
      int slot = slot(symbol.hashCode());
      boolean repeated = false;
      while (!repeated && this.symbols[slot] != null) {
        repeated = this.symbols[slot].equals(symbol);
        if (repeated && !repeatsAllowed) {
          throw new IllegalArgumentException("symbol given twice: " + symbol);
        }
        slot = (slot + 1) & mask;
      }
      if (!repeated) {
        hashes[slot] = symbol.hashCode();
        this.symbols[slot] = symbol;
        count++;
      }
    }
    this.size = count;
  }

  /** Fibonacci hashing: the top bits of the hash times 2^32 / phi. */
  private int slot(int hash) {
    return (hash * 0x9E3779B1) >>> shift;
  }

  /**
   * The table's own instance of a symbol.
   *
   * @param text any text
   * @return the symbol equal to it (exact case), or null when there is none
   */
  String canonical(String text) {
    int hash = text.hashCode();
    for (int slot = slot(hash); symbols[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash) {
        String symbol = symbols[slot];
        if (symbol == text || symbol.equals(text)) {
          return symbol;
        }
      }
    }
    return null;
  }

  /**
   * @return the number of distinct symbols
   */
  int size() {
    return size;
  }
}
