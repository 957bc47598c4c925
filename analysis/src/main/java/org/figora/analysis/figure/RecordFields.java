package org.figora.analysis.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.figora.analysis.format.InputFormatException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The fields of one YAML mapping in a figure record, read with the forms PFOCR uses: absent values,
 * {@code .na.character}, {@code NA} and {@code ''} all mean "none"; a list field may also be
 * written as one {@code |}-separated string. Type errors name the line of the offending value.
 */
final class RecordFields {

  /** Values PFOCR's R export writes for a missing value. */
  private static final Set<String> MISSING = Set.of("", ".na.character", "NA", ".na");

  private final String source;
  private final int firstLine;
  private final Map<String, Node> values = new LinkedHashMap<>();

  RecordFields(String source, MappingNode mapping, int firstLine) {
    this.source = source;
    this.firstLine = firstLine;
    if (mapping == null) {
      return;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode)) {
        throw new InputFormatException(source, line(tuple.getKeyNode()), "field name is not text");
      }
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      Node earlier = values.put(key, tuple.getValueNode());
      if (earlier != null) {
        throw new InputFormatException(
            source,
            line(tuple.getKeyNode()),
            "duplicate field '" + key + "' (first on line " + line(earlier) + ")");
      }
    }
  }

  /** A text field; empty when absent or missing. */
  String text(String key) {
    Node node = values.get(key);
    if (node == null) {
      return "";
    }
    if (!(node instanceof ScalarNode)) {
      throw error(key, "field '" + key + "' should be text but is a " + kind(node));
    }
    String value = ((ScalarNode) node).getValue().strip();
    return MISSING.contains(value) ? "" : value;
  }

  /** A text field that must be present and not empty. */
  String requiredText(String key) {
    String value = text(key);
    if (value.isEmpty()) {
      throw new InputFormatException(source, firstLine, "required field '" + key + "' is missing");
    }
    return value;
  }

  /**
   * A list field: a YAML list of text, or one text value split at {@code |}. Missing entries are
   * dropped; other entries are kept exactly as written.
   */
  List<String> list(String key) {
    Node node = values.get(key);
    List<String> result = new ArrayList<>();
    if (node instanceof ScalarNode) {
      String value = ((ScalarNode) node).getValue();
      for (String part : value.split("\\|")) {
        addPresent(result, part.strip());
      }
    } else if (node instanceof SequenceNode) {
      for (Node item : ((SequenceNode) node).getValue()) {
        if (!(item instanceof ScalarNode)) {
          throw new InputFormatException(
              source,
              line(item),
              "an entry of '" + key + "' should be text but is a " + kind(item));
        }
        addPresent(result, ((ScalarNode) item).getValue());
      }
    } else if (node != null) {
      throw error(key, "field '" + key + "' should be a list but is a " + kind(node));
    }
    return result;
  }

  /** A nested mapping; empty when absent. */
  RecordFields nested(String key) {
    Node node = values.get(key);
    if (node != null && !(node instanceof MappingNode)) {
      if (node instanceof ScalarNode && MISSING.contains(((ScalarNode) node).getValue().strip())) {
        return new RecordFields(source, null, firstLine);
      }
      throw error(key, "field '" + key + "' should be a mapping but is a " + kind(node));
    }
    return new RecordFields(source, (MappingNode) node, firstLine);
  }

  /** An error about a field's value, located at its line. */
  InputFormatException error(String key, String reason) {
    Node node = values.get(key);
    return new InputFormatException(source, node == null ? firstLine : line(node), reason);
  }

  private static void addPresent(List<String> result, String value) {
    if (!MISSING.contains(value.strip())) {
      result.add(value);
    }
  }

  private int line(Node node) {
    return node.getStartMark() == null ? firstLine : node.getStartMark().getLine() + firstLine;
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "mapping";
    }
    return node instanceof SequenceNode ? "list" : "text value";
  }
}
