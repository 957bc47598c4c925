package org.figora.spark;

import java.util.List;
import java.util.Map;

/** Writes the provenance file: a JSON object of strings, numbers, booleans, nulls and lists. */
final class JsonText {

  private JsonText() {}

  /**
   * @param fields the object's members, in order
   * @return the object as indented JSON text, ending with a line break
   */
  static String object(Map<String, ?> fields) {
    StringBuilder out = new StringBuilder("{");
    String separator = "\n";
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      out.append(separator)
          .append("  ")
          .append(quote(field.getKey()))
          .append(": ")
          .append(value(field.getValue()));
      separator = ",\n";
    }
    return out.append("\n}\n").toString();
  }

  private static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(value(list.get(i)));
      }
      return out.append(']').toString();
    }
    return quote(value.toString());
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
