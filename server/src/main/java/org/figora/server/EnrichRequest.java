package org.figora.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.RowFilter;
import org.figora.analysis.input.TableGeneListReader;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * One enrichment as a client asks for it, with the options under the command line's names.
 *
 * @param name the list's name (written into reports as the command line writes a file's name)
 * @param genes the list's text: identifiers separated as in a list file, or a result table
 * @param table the reader of {@code genes} when it is a table: its gene column and row filter (the
 *     CLI's {@code --gene-column} and {@code --where}), checked when the request is read
 * @param corpus the corpus name, or empty for the default
 * @param background {@code annotated} or {@code protein-coding}; ignored with background genes
 * @param backgroundGenes the text of an uploaded background list, or empty
 * @param options sizes, correction and which figures the correction counts
 * @param selection which rows the report shows
 */
record EnrichRequest(
    String name,
    String genes,
    Optional<TableGeneListReader> table,
    Optional<String> corpus,
    String background,
    Optional<String> backgroundGenes,
    EnrichmentOptions options,
    RowSelection selection) {

  /** The option names a single request may carry, besides {@code genes} and {@code name}. */
  static final Set<String> OPTION_FIELDS =
      Set.of(
          "corpus",
          "background",
          "correction",
          "correct_hits_only",
          "min_size",
          "max_size",
          "max_fdr",
          "max_p",
          "top",
          "all",
          "collapse",
          "group_similarity",
          "gene_column",
          "where");

  /** The background policies a request may name. */
  static final Set<String> BACKGROUNDS = Set.of("annotated", "protein-coding");

  /**
   * Reads a single-list request: {@code genes} (an array of identifiers, or one string holding a
   * list) and the options.
   *
   * @param json the request body
   * @param limits the server's limits
   * @return the request
   * @throws ApiException 400 for a malformed request, 413 for too many identifiers
   */
  static EnrichRequest single(JsonNode json, Limits limits) {
    requireObject(json, "the request body");
    checkFields(json, "name", "genes");
    String name = text(json, "name").orElse("list");
    JsonNode genes = json.get("genes");
    if (genes == null) {
      throw ApiException.badRequest(
          "'genes' is missing: give the list as an array of"
              + " identifiers, e.g. {\"genes\": [\"TP53\", \"EGFR\"]}");
    }
    return of(name, geneText(genes, "genes", limits), json, limits);
  }

  /**
   * Reads a batch: {@code lists} (an object of named lists, or an array of {@code {"name": ...,
   * "genes": [...]}}) and options shared by every list.
   *
   * @param json the request body
   * @param limits the server's limits
   * @return the lists, in request order
   * @throws ApiException 400 for a malformed request, 413 for too many lists or identifiers
   */
  static List<EnrichRequest> batch(JsonNode json, Limits limits) {
    requireObject(json, "the request body");
    checkFields(json, "lists");
    JsonNode lists = json.get("lists");
    if (lists == null || !(lists.isObject() || lists.isArray()) || lists.isEmpty()) {
      throw ApiException.badRequest(
          "'lists' must be a non-empty object of named lists, e.g."
              + " {\"lists\": {\"up\": [\"TP53\"], \"down\": [\"EGFR\"]}}");
    }
    if (lists.size() > limits.maxListsPerBatch()) {
      throw ApiException.tooLarge(
          lists.size()
              + " lists in one batch; this server accepts at"
              + " most "
              + limits.maxListsPerBatch());
    }
    List<EnrichRequest> requests = new ArrayList<>();
    if (lists.isObject()) {
      for (Map.Entry<String, JsonNode> list : lists.properties()) {
        requests.add(
            of(
                list.getKey(),
                geneText(list.getValue(), "lists." + list.getKey(), limits),
                json,
                limits));
      }
    } else {
      int index = 0;
      for (JsonNode list : lists) {
        String where = "lists[" + index++ + "]";
        requireObject(list, where);
        Set<String> allowed = Set.of("name", "genes");
        list.fieldNames()
            .forEachRemaining(
                field -> {
                  if (!allowed.contains(field)) {
                    throw ApiException.badRequest(where + ": unknown field '" + field + "'");
                  }
                });
        String name =
            text(list, "name")
                .filter(n -> !n.isBlank())
                .orElseThrow(() -> ApiException.badRequest(where + ": 'name' is missing"));
        JsonNode genes = list.get("genes");
        if (genes == null) {
          throw ApiException.badRequest(where + ": 'genes' is missing");
        }
        requests.add(of(name, geneText(genes, where + ".genes", limits), json, limits));
      }
    }
    if (requests.stream().map(EnrichRequest::name).distinct().count() != requests.size()) {
      throw ApiException.badRequest("two lists of the batch have the same name");
    }
    return requests;
  }

  /**
   * Makes a request from form fields (the page): every value is text.
   *
   * @param fields the form's fields; absent or blank ones take the defaults
   * @param limits the server's limits
   * @return the request
   */
  static EnrichRequest form(Map<String, String> fields, Limits limits) {
    com.fasterxml.jackson.databind.node.ObjectNode json = Json.MAPPER.createObjectNode();
    for (String field : OPTION_FIELDS) {
      String value = fields.get(field);
      if (value == null || value.isBlank()) {
        continue;
      }
      switch (field) {
        case "min_size", "max_size", "top" -> json.put(field, integer(field, value.strip()));
        case "max_fdr", "max_p" -> json.put(field, number(field, value.strip()));
        case "group_similarity" -> {
          if (value.strip().equalsIgnoreCase("off")) {
            json.put(field, "off");
          } else {
            json.put(field, number(field, value.strip()));
          }
        }
        case "all", "collapse", "correct_hits_only" ->
            json.put(field, value.equals("on") || value.equals("true"));
        default -> json.put(field, value.strip());
      }
    }
    String genes = fields.getOrDefault("genes", "");
    if (genes.isBlank()) {
      throw ApiException.unprocessable("no gene identifiers found: paste a list or drop a file");
    }
    countIdentifiers(genes, "genes", limits);
    String backgroundText = fields.getOrDefault("background_genes", "");
    if ("list".equals(fields.get("background"))) {
      if (backgroundText.isBlank()) {
        throw ApiException.badRequest("background 'uploaded list' needs a list of genes");
      }
      countIdentifiers(backgroundText, "background", limits);
      json.put("background", "annotated");
      json.put("background_genes_text", backgroundText);
    }
    String name = fields.getOrDefault("name", "").strip();
    return of(name.isEmpty() ? "pasted list" : name, genes, json, limits);
  }

  private static int integer(String field, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + field + "' must be a whole number, got '" + value + "'");
    }
  }

  private static double number(String field, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + field + "' must be a number, got '" + value + "'");
    }
  }

  private static EnrichRequest of(String name, String genes, JsonNode json, Limits limits) {
    if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest(
          "a list name must be at most 200 characters, without" + " control characters");
    }
    Optional<String> corpus = text(json, "corpus");
    Optional<TableGeneListReader> table = table(json);
    String background = "annotated";
    Optional<String> backgroundGenes = text(json, "background_genes_text");
    JsonNode backgroundNode = json.get("background");
    if (backgroundNode != null && !backgroundNode.isNull()) {
      if (backgroundNode.isArray()) {
        backgroundGenes = Optional.of(geneText(backgroundNode, "background", limits));
      } else if (backgroundNode.isTextual() && BACKGROUNDS.contains(backgroundNode.asText())) {
        background = backgroundNode.asText();
      } else {
        throw ApiException.badRequest(
            "'background' must be \"annotated\", \"protein-coding\""
                + " or an array of the genes measured (files on the server cannot be named)");
      }
    }
    int minSize = integerField(json, "min_size", EnrichmentOptions.DEFAULT_MIN_SIZE);
    int maxSize = integerField(json, "max_size", EnrichmentOptions.DEFAULT_MAX_SIZE);
    if (minSize < 1) {
      throw ApiException.badRequest(
          "'min_size' " + minSize + " is out of range: it must be at" + " least 1");
    }
    if (maxSize < minSize) {
      throw ApiException.badRequest("'max_size' " + maxSize + " is below 'min_size' " + minSize);
    }
    PValueAdjustment correction;
    try {
      correction = PValueAdjustment.fromOptionName(text(json, "correction").orElse("bh"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'correction': " + e.getMessage());
    }
    boolean hitsOnly = booleanField(json, "correct_hits_only");
    Integer top =
        json.has("top") && !json.get("top").isNull() ? integerField(json, "top", 0) : null;
    if (top != null && top < 0) {
      throw ApiException.badRequest("'top' " + top + " is out of range: it must be 0 or more");
    }
    Double grouping = grouping(json.get("group_similarity"));
    boolean collapse = booleanField(json, "collapse");
    if (collapse && grouping == null) {
      throw ApiException.badRequest(
          "'collapse' needs grouping; it cannot be used with" + " 'group_similarity': \"off\"");
    }
    RowSelection selection = RowSelection.hits().withZeroOverlap(booleanField(json, "all"));
    Double maxFdr = probability(json, "max_fdr");
    if (maxFdr != null) {
      selection = selection.withMaxAdjustedPValue(maxFdr);
    }
    Double maxP = probability(json, "max_p");
    if (maxP != null) {
      selection = selection.withMaxPValue(maxP);
    }
    if (top != null) {
      selection = selection.withTop(top);
    }
    selection =
        grouping == null
            ? selection.withoutGrouping()
            : selection.withGrouping(grouping).withCollapse(collapse);
    return new EnrichRequest(
        name,
        genes,
        table,
        corpus,
        background,
        backgroundGenes,
        new EnrichmentOptions(minSize, maxSize, correction, hitsOnly),
        selection);
  }

  /**
   * The reader of a table's gene column ({@code gene_column}) and row filter ({@code where}), or
   * empty for a plain list.
   */
  private static Optional<TableGeneListReader> table(JsonNode json) {
    Optional<String> geneColumn = text(json, "gene_column").filter(c -> !c.isBlank());
    Optional<String> where = text(json, "where").filter(w -> !w.isBlank());
    if (where.isEmpty()) {
      return geneColumn.map(TableGeneListReader::new);
    }
    if (geneColumn.isEmpty()) {
      throw ApiException.badRequest(
          "'where' filters the rows of a table and needs 'gene_column', the column of genes");
    }
    try {
      return Optional.of(new TableGeneListReader(geneColumn.get(), RowFilter.parse(where.get())));
    } catch (InputFormatException e) {
      throw ApiException.badRequest("'where': " + e.reason());
    }
  }

  /** The Jaccard threshold of {@code group_similarity}: a number, "off", or the default. */
  private static Double grouping(JsonNode value) {
    if (value == null || value.isNull()) {
      return FigureGroups.DEFAULT_MIN_JACCARD;
    }
    if (value.isTextual() && value.asText().equalsIgnoreCase("off")) {
      return null;
    }
    if (!value.isNumber()) {
      throw ApiException.badRequest("'group_similarity' must be a number or \"off\"");
    }
    try {
      return FigureGroups.checkThreshold(value.doubleValue());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'group_similarity': " + e.getMessage());
    }
  }

  /** The identifiers of a list field as the text of a list file, one per line. */
  private static String geneText(JsonNode genes, String field, Limits limits) {
    if (genes.isTextual()) {
      countIdentifiers(genes.asText(), field, limits);
      return genes.asText();
    }
    if (!genes.isArray()) {
      throw ApiException.badRequest("'" + field + "' must be an array of gene identifiers");
    }
    if (genes.size() > limits.maxIdentifiers()) {
      throw ApiException.tooLarge(
          "'"
              + field
              + "' has "
              + genes.size()
              + " identifiers; this"
              + " server accepts at most "
              + limits.maxIdentifiers()
              + " per list");
    }
    StringBuilder text = new StringBuilder();
    for (JsonNode gene : genes) {
      if (!gene.isTextual() && !gene.isIntegralNumber()) {
        throw ApiException.badRequest(
            "'"
                + field
                + "' must hold strings (symbols, Entrez or"
                + " Ensembl IDs), found "
                + gene.getNodeType().toString().toLowerCase());
      }
      text.append(gene.asText().replace('\n', ' ').replace('\r', ' ')).append('\n');
    }
    countIdentifiers(text, field, limits);
    return text.toString();
  }

  /** Rejects text with more identifiers than the limit, counting tokens cheaply. */
  private static void countIdentifiers(CharSequence text, String field, Limits limits) {
    int tokens = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean separator = c == ',' || c == ';' || c == '\t' || c == ' ' || c == '\n' || c == '\r';
      if (!separator && !inToken) {
        tokens++;
      }
      inToken = !separator;
    }
    if (tokens > limits.maxIdentifiers()) {
      throw ApiException.tooLarge(
          "'"
              + field
              + "' has "
              + tokens
              + " identifiers; this server"
              + " accepts at most "
              + limits.maxIdentifiers()
              + " per list");
    }
  }

  private static void requireObject(JsonNode json, String what) {
    if (json == null || !json.isObject()) {
      throw ApiException.badRequest(what + " must be a JSON object");
    }
  }

  private static void checkFields(JsonNode json, String... own) {
    Set<String> allowed = new java.util.HashSet<>(OPTION_FIELDS);
    allowed.addAll(List.of(own));
    json.fieldNames()
        .forEachRemaining(
            field -> {
              if (!allowed.contains(field)) {
                throw ApiException.badRequest(
                    "unknown field '"
                        + field
                        + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
              }
            });
  }

  private static Optional<String> text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("'" + field + "' must be a string");
    }
    return Optional.of(value.asText());
  }

  private static int integerField(JsonNode json, String field, int otherwise) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw ApiException.badRequest("'" + field + "' must be a whole number");
    }
    return value.intValue();
  }

  private static boolean booleanField(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw ApiException.badRequest("'" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  private static Double probability(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber() || !(value.doubleValue() > 0 && value.doubleValue() <= 1)) {
      throw ApiException.badRequest("'" + field + "' must be a number in (0, 1]");
    }
    return value.doubleValue();
  }
}
