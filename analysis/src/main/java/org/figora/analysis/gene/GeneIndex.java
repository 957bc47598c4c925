package org.figora.analysis.gene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Hash lookups over the genes of a reference: by Entrez ID, symbol, alias and Ensembl ID, each
 * exact and (for symbols and aliases) ignoring case. Built once; never changed afterwards.
 */
final class GeneIndex implements GeneRows {

  /**
   * Orders genes that share a symbol: protein-coding first, then genes of a known type, then the
   * rest; ties keep Entrez order.
   */
  private static final Comparator<Gene> PRIMARY_FIRST = Comparator.comparingInt(GeneIndex::rank);

  private final List<Gene> genes;
  private final int[] entrezIds;
  private final Lookup bySymbol;

  /**
   * The approved symbols for corpus building, which looks up every keyword of every figure; built
   * on first use, so that a run that only resolves a gene list does not pay for it.
   */
  private volatile SymbolTable symbols;

  /**
   * Lookups that only identifiers other than exact symbols and Entrez IDs need; built on first use,
   * so that loading the reference for exact matching (corpus building, clean gene lists) does not
   * pay for lower-casing and hashing every alias.
   */
  private volatile SecondaryLookups secondary;

  /**
   * Indexes the genes.
   *
   * @param genes the genes, sorted by Entrez ID
   */
  GeneIndex(List<Gene> genes) {
    this.genes = genes;
    this.entrezIds = genes.stream().mapToInt(Gene::entrezId).toArray();
    bySymbol = new Lookup(genes.size());
    for (Gene gene : genes) {
      bySymbol.add(gene.symbol(), gene);
    }
    bySymbol.sortShared(PRIMARY_FIRST);
  }

  /**
   * @return the approved symbols, built on first use
   */
  @Override
  public SymbolTable symbols() {
    SymbolTable table = symbols;
    if (table == null) {
      synchronized (this) {
        table = symbols;
        if (table == null) {
          table = new SymbolTable(bySymbol.keys());
          symbols = table;
        }
      }
    }
    return table;
  }

  /**
   * @return this index
   */
  @Override
  public GeneIndex index() {
    return this;
  }

  /**
   * @return the genes, sorted by Entrez ID
   */
  List<Gene> genes() {
    return genes;
  }

  private SecondaryLookups secondary() {
    SecondaryLookups lookups = secondary;
    if (lookups == null) {
      synchronized (this) {
        lookups = secondary;
        if (lookups == null) {
          lookups = new SecondaryLookups(genes);
          secondary = lookups;
        }
      }
    }
    return lookups;
  }

  /** The case-insensitive, alias and Ensembl lookups. */
  private static final class SecondaryLookups {
    private final Lookup bySymbolIgnoringCase;
    private final Lookup byAlias;
    private final Lookup byAliasIgnoringCase;
    private final Lookup byEnsembl;

    SecondaryLookups(List<Gene> genes) {
      int aliasCount = 0;
      int ensemblCount = 0;
      for (Gene gene : genes) {
        aliasCount += gene.aliases().size();
        ensemblCount += gene.ensemblIds().size();
      }
      bySymbolIgnoringCase = new Lookup(genes.size());
      byAlias = new Lookup(aliasCount);
      byAliasIgnoringCase = new Lookup(aliasCount);
      byEnsembl = new Lookup(ensemblCount);
      for (Gene gene : genes) {
        bySymbolIgnoringCase.add(lowerCase(gene.symbol()), gene);
        for (String alias : gene.aliases()) {
          byAlias.add(alias, gene);
          byAliasIgnoringCase.add(lowerCase(alias), gene);
        }
        for (String ensemblId : gene.ensemblIds()) {
          byEnsembl.add(ensemblId, gene);
        }
      }
    }
  }

  private static int capacity(int entries) {
    return entries * 4 / 3 + 16;
  }

  private static int rank(Gene gene) {
    if (gene.isProteinCoding()) {
      return 0;
    }
    return "unknown".equals(gene.type()) || "other".equals(gene.type()) ? 2 : 1;
  }

  /** Lower-cases with the root locale, the case folding used for all case-insensitive keys. */
  static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Returns the gene with this Entrez ID, or null. */
  Gene byEntrez(int entrezId) {
    int position = Arrays.binarySearch(entrezIds, entrezId);
    return position >= 0 ? genes.get(position) : null;
  }

  /** Returns the genes with this approved symbol (exact case), the primary one first. */
  List<Gene> withSymbol(String symbol) {
    return bySymbol.get(symbol);
  }

  /** Returns the genes whose approved symbol equals this text ignoring case. */
  List<Gene> withSymbolIgnoringCase(String text) {
    return secondary().bySymbolIgnoringCase.get(lowerCase(text));
  }

  /** Returns the genes that have this alias or previous symbol (exact case). */
  List<Gene> withAlias(String alias) {
    return secondary().byAlias.get(alias);
  }

  /** Returns the genes that have this alias or previous symbol, ignoring case. */
  List<Gene> withAliasIgnoringCase(String text) {
    return secondary().byAliasIgnoringCase.get(lowerCase(text));
  }

  /** Returns the genes that carry this Ensembl gene ID (without version). */
  List<Gene> withEnsemblId(String ensemblId) {
    return secondary().byEnsembl.get(ensemblId);
  }

  /** Returns the distinct approved symbols of genes, sorted. */
  static List<String> symbols(Collection<Gene> genes) {
    if (genes.size() == 1) {
      return List.of(genes.iterator().next().symbol());
    }
    TreeSet<String> symbols = new TreeSet<>();
    for (Gene gene : genes) {
      symbols.add(gene.symbol());
    }
    return List.copyOf(symbols);
  }

  /**
   * A string-keyed multimap tuned for keys that nearly always have one gene: single genes live in
   * one map, the few shared keys in another, so loading allocates no list per key.
   */
  private static final class Lookup {
    private final Map<String, Gene> single;
    private final Map<String, List<Gene>> shared = new HashMap<>();

    Lookup(int expectedKeys) {
      single = new HashMap<>(capacity(expectedKeys));
    }

    void add(String key, Gene gene) {
      Gene first = single.putIfAbsent(key, gene);
      if (first == null || first == gene) {
        return;
      }
      List<Gene> genes = shared.computeIfAbsent(key, k -> new ArrayList<>(List.of(first)));
      if (!genes.contains(gene)) {
        genes.add(gene);
      }
    }

    void sortShared(Comparator<Gene> order) {
      shared.values().forEach(genes -> genes.sort(order));
    }

    /** The keys, as first added. */
    java.util.Set<String> keys() {
      return single.keySet();
    }

    /** Returns the genes for a key, unmodifiable; empty if none. */
    List<Gene> get(String key) {
      List<Gene> genes = shared.get(key);
      if (genes != null) {
        return Collections.unmodifiableList(genes);
      }
      Gene gene = single.get(key);
      return gene == null ? List.of() : List.of(gene);
    }
  }
}
