package org.figora.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of the server's pages: scripts only from the server itself or inline
 * scripts of the report that the server wrote (allowed by their SHA-256 hash, never by {@code
 * 'unsafe-inline'}), images from the server and from https (figure thumbnails at PMC), no framing
 * by any site, forms posted only to the server.
 */
final class ContentSecurity {

  /** The policy of responses that are not pages (JSON, text). */
  static final String NONE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  private ContentSecurity() {}

  /**
   * The policy for a page.
   *
   * @param html the page; its inline {@code <script>} blocks (without attributes) are allowed by
   *     hash
   * @return the header's value
   */
  static String forPage(String html) {
    Set<String> hashes = new LinkedHashSet<>();
    Matcher scripts = INLINE_SCRIPT.matcher(html);
    while (scripts.find()) {
      hashes.add("'sha256-" + sha256(scripts.group(1)) + "'");
    }
    return "default-src 'none'; script-src 'self'"
        + (hashes.isEmpty() ? "" : " " + String.join(" ", hashes))
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' https:"
        + " data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
