package org.figora.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The token every request must carry when the server was started with one. */
final class BearerToken {

  private final byte[] digest;

  BearerToken(String token) {
    if (token.isBlank()) {
      throw new IllegalArgumentException("the token is empty");
    }
    this.digest = sha256(token);
  }

  /**
   * Whether an {@code Authorization} header carries the token. The comparison takes the same time
   * wherever the first difference is (digests of equal length, compared in full).
   *
   * @param authorization the header's value, or null
   * @return whether it is {@code Bearer <token>}
   */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
