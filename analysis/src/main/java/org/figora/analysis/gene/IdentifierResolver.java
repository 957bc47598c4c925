package org.figora.analysis.gene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one free-text gene identifier to approved symbols; the rules are documented on {@link
 * GeneReference#resolve(String)}. Stateless apart from the immutable rows. An approved symbol is
 * found among the symbols alone; only other identifiers need the genes and their lookups.
 */
final class IdentifierResolver {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern ENSEMBL_GENE =
      Pattern.compile("(ENSG\\d+)(?:\\.\\d+)?", Pattern.CASE_INSENSITIVE);

  /** Opening and closing quote pairs removed around an identifier. */
  private static final String[][] QUOTES = {
    {"\"", "\""}, {"'", "'"}, {"`", "`"}, {"\u201c", "\u201d"}, {"\u2018", "\u2019"}
  };

  /** Longest Entrez ID accepted; longer digit strings are unknown. */
  private static final int MAX_ENTREZ_DIGITS = 9;

  private final GeneRows rows;

  IdentifierResolver(GeneRows rows) {
    this.rows = rows;
  }

  GeneResolution resolve(String input) {
    String id = clean(input);
    if (MissingValues.isMissing(id)) {
      return new GeneResolution(input, MatchKind.MISSING_VALUE, List.of());
    }
    String symbol = rows.symbols().canonical(id);
    if (symbol != null) {
      return new GeneResolution(input, MatchKind.EXACT, List.of(symbol));
    }
    GeneIndex index = rows.index();
    if (DIGITS.matcher(id).matches()) {
      return byEntrez(input, id, index);
    }
    Matcher ensembl = ENSEMBL_GENE.matcher(id);
    if (ensembl.matches()) {
      String ensemblId = ensembl.group(1).toUpperCase(Locale.ROOT);
      return byGenes(input, MatchKind.ENSEMBL, index.withEnsemblId(ensemblId));
    }
    return byName(input, id, index);
  }

  /**
   * Resolves as {@link #resolve} does but only with exact letter case: symbols, Entrez and Ensembl
   * IDs, and aliases or previous symbols spelled as the reference spells them.
   */
  GeneResolution resolveExactCase(String input) {
    String id = clean(input);
    if (MissingValues.isMissing(id)) {
      return new GeneResolution(input, MatchKind.MISSING_VALUE, List.of());
    }
    String symbol = rows.symbols().canonical(id);
    if (symbol != null) {
      return new GeneResolution(input, MatchKind.EXACT, List.of(symbol));
    }
    GeneIndex index = rows.index();
    if (DIGITS.matcher(id).matches()) {
      return byEntrez(input, id, index);
    }
    if (id.startsWith("ENSG") && ENSEMBL_GENE.matcher(id).matches()) {
      Matcher ensembl = ENSEMBL_GENE.matcher(id);
      ensembl.matches();
      return byGenes(input, MatchKind.ENSEMBL, index.withEnsemblId(ensembl.group(1)));
    }
    return byGenes(input, MatchKind.ALIAS, index.withAlias(id));
  }

  private GeneResolution byEntrez(String input, String digits, GeneIndex index) {
    String significant = digits.replaceFirst("^0+", "");
    if (significant.isEmpty() || significant.length() > MAX_ENTREZ_DIGITS) {
      return GeneResolution.unknown(input);
    }
    Gene gene = index.byEntrez(Integer.parseInt(significant));
    return gene == null ? GeneResolution.unknown(input) : single(input, MatchKind.ENTREZ, gene);
  }

  /** Aliases, case corrections and spreadsheet dates, for text that is not an approved symbol. */
  private GeneResolution byName(String input, String id, GeneIndex index) {
    List<Gene> alias = index.withAlias(id);
    if (!alias.isEmpty()) {
      return byGenes(input, MatchKind.ALIAS, alias);
    }
    List<String> approved = GeneIndex.symbols(index.withSymbolIgnoringCase(id));
    if (approved.size() == 1) {
      return new GeneResolution(input, MatchKind.CASE_CORRECTED, approved);
    }
    List<Gene> aliasIgnoringCase = new ArrayList<>(index.withAliasIgnoringCase(id));
    if (approved.size() > 1) {
      aliasIgnoringCase.addAll(index.withSymbolIgnoringCase(id));
    }
    if (!aliasIgnoringCase.isEmpty()) {
      return byGenes(input, MatchKind.ALIAS, aliasIgnoringCase);
    }
    Optional<SpreadsheetDateSymbols.MonthDay> date = SpreadsheetDateSymbols.parse(id);
    if (date.isPresent()) {
      List<String> symbols = SpreadsheetDateSymbols.candidates(date.get(), index);
      return bySymbols(input, MatchKind.SPREADSHEET_MANGLED, symbols);
    }
    return GeneResolution.unknown(input);
  }

  private static GeneResolution single(String input, MatchKind kind, Gene gene) {
    return new GeneResolution(input, kind, List.of(gene.symbol()));
  }

  private static GeneResolution byGenes(String input, MatchKind kind, List<Gene> genes) {
    return bySymbols(input, kind, GeneIndex.symbols(genes));
  }

  /** One symbol: the given kind; several: ambiguous; none: unknown. */
  private static GeneResolution bySymbols(String input, MatchKind kind, List<String> symbols) {
    if (symbols.isEmpty()) {
      return GeneResolution.unknown(input);
    }
    return new GeneResolution(input, symbols.size() == 1 ? kind : MatchKind.AMBIGUOUS, symbols);
  }

  /**
   * Trims white space (including no-break spaces and byte-order marks), trailing commas and
   * semicolons, and one or more pairs of surrounding quotes.
   */
  static String clean(String input) {
    String text = input;
    String previous;
    do {
      previous = text;
      text = stripSpace(text);
      while (text.endsWith(",") || text.endsWith(";")) {
        text = text.substring(0, text.length() - 1);
      }
      text = stripQuotes(stripSpace(text));
    } while (!text.equals(previous));
    return text;
  }

  private static String stripSpace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static String stripQuotes(String text) {
    for (String[] pair : QUOTES) {
      if (text.length() >= 2 && text.startsWith(pair[0]) && text.endsWith(pair[1])) {
        return text.substring(1, text.length() - 1);
      }
    }
    return text;
  }
}
