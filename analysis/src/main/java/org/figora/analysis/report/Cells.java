package org.figora.analysis.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Text rules shared by the report writers: numbers, JSON string literals, HTML and Markdown
 * escapes. Which URLs may become links is {@link Html#url}'s rule, for every format.
 */
final class Cells {

  private Cells() {}

  /**
   * A double in shortest round-trip form, as delimited formats write it: NaN (a missing value) is
   * empty, infinities (never produced) are {@code Inf} and {@code -Inf} as R writes them.
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * A number rounded to {@code digits} significant figures for a person: plain between 0.001 and
   * 10,000 ({@code 0.5}, {@code 12.3}), otherwise {@code 1.23e-5}; trailing zeros dropped.
   *
   * @param value the number; NaN gives the empty string
   * @param digits significant figures, at least 1
   * @return the text
   */
  static String significant(double value, int digits) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Inf" : "-Inf";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
    double magnitude = Math.abs(rounded.doubleValue());
    if (magnitude >= 1e-3 && magnitude < 1e4) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    BigDecimal unscaled = rounded.stripTrailingZeros();
    int exponent = unscaled.precision() - unscaled.scale() - 1;
    BigDecimal mantissa = unscaled.movePointLeft(exponent);
    return mantissa.toPlainString() + "e" + exponent;
  }

  /**
   * A p-value to {@code digits} significant figures from its base-10 logarithm, so that a p-value
   * below the smallest double (stored as 0) still reads e.g. {@code 3.1e-412}.
   *
   * @param p the p-value
   * @param log10P its base-10 logarithm
   * @param digits significant figures
   * @return the text
   */
  static String significantP(double p, double log10P, int digits) {
    if (p != 0 || !Double.isFinite(log10P)) {
      return significant(p, digits);
    }
    double exponent = Math.floor(log10P);
    BigDecimal mantissa =
        new BigDecimal(Math.pow(10, log10P - exponent))
            .round(new MathContext(digits))
            .stripTrailingZeros();
    if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
      mantissa = BigDecimal.ONE;
      exponent++;
    }
    return mantissa.toPlainString() + "e" + String.format(Locale.ROOT, "%.0f", exponent);
  }

  /** A JSON string literal. */
  static String quote(String text) {
    return '"' + escapeJson(text) + '"';
  }

  /** Text escaped for the inside of a JSON string literal. */
  static String escapeJson(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Text for a Markdown table cell, shown as the text itself when rendered: line breaks become
   * spaces, and every char through which Markdown or inline HTML could make a link, an image, an
   * element, an entity or code, or end the cell ({@code \ ` [ ] < > | &}), is escaped with a
   * backslash, so no text from a record can become a link or an element. Emphasis marks are left as
   * they are (gene and figure names hold underscores).
   */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n', '\r', '\t' -> out.append(' ');
        case '\\', '`', '[', ']', '<', '>', '|', '&' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
