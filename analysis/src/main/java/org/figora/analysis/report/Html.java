package org.figora.analysis.report;

import java.util.Locale;

/** Text and links written into HTML pages: escaped, and links only when they are http(s). */
final class Html {

  private Html() {}

  /**
   * Text for element content and attribute values: markup characters escaped, control characters
   * (which HTML forbids) dropped, line breaks kept.
   *
   * @param text any text
   * @return the escaped text
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) || c == '\n' || c == '\t') {
            out.append(c);
          } else if (c == '\r') {
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A URL fit for an {@code href} or {@code src}: only absolute http and https URLs without white
   * space or control characters pass, so that a hostile corpus cannot put {@code javascript:} or
   * {@code data:} links into a report.
   *
   * @param url a URL from the corpus
   * @return the URL escaped for an attribute, or empty when it is not a plain http(s) URL
   */
  static String url(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://"))) {
      return "";
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\') {
        return "";
      }
    }
    return text(url);
  }

  /**
   * A link, or the label alone when the URL is not a plain http(s) URL.
   *
   * @param url the target
   * @param labelHtml the label, already HTML
   * @param attributes more attributes (starting with a space), or empty
   * @return HTML
   */
  static String link(String url, String labelHtml, String attributes) {
    String href = url(url);
    return href.isEmpty()
        ? labelHtml
        : "<a href=\"" + href + "\"" + attributes + ">" + labelHtml + "</a>";
  }

  /**
   * A number for a reader: three significant digits, or m × 10<sup>e</sup> below 0.001.
   *
   * @param value a finite number
   * @return HTML
   */
  static String number(double value) {
    if (value == 0 || Math.abs(value) >= 1e-3) {
      String text = String.format(Locale.ROOT, "%.3g", value);
      if (text.contains(".") && !text.contains("e")) {
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return text.contains("e") ? String.format(Locale.ROOT, "%.0f", value) : text;
    }
    int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
    double mantissa = value / Math.pow(10, exponent);
    if (Math.round(mantissa * 10) >= 100) {
      mantissa /= 10;
      exponent++;
    }
    return String.format(Locale.ROOT, "%.1f", mantissa)
        + "&#8239;×&#8239;10<sup>"
        + (exponent < 0 ? "−" + (-exponent) : String.valueOf(exponent))
        + "</sup>";
  }

  /**
   * A p-value from its exact base-10 logarithm, so that values below 1e-308 still show.
   *
   * @param value the value (may have underflowed to 0)
   * @param log10 its base-10 logarithm
   * @return HTML
   */
  static String pValue(double value, double log10) {
    if (value > 0 || log10 == 0) {
      return number(value);
    }
    if (!Double.isFinite(log10)) {
      return "&lt;&#8239;10<sup>−307</sup>";
    }
    int exponent = (int) Math.floor(log10);
    double mantissa = Math.pow(10, log10 - exponent);
    return String.format(Locale.ROOT, "%.1f", mantissa)
        + "&#8239;×&#8239;10<sup>−"
        + (-exponent)
        + "</sup>";
  }
}
