package org.figora.analysis.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checksum of a file: the algorithm (told by the digest's length) and the hex digest.
 *
 * @param algorithm a {@link MessageDigest} algorithm name: {@code MD5}, {@code SHA-1}, {@code
 *     SHA-256} or {@code SHA-512}
 * @param hex the digest in lower-case hex
 */
public record Checksum(String algorithm, String hex) {

  /** GNU coreutils lines: {@code HEX NAME} or {@code HEX *NAME}, or a digest alone. */
  private static final Pattern GNU_LINE =
      Pattern.compile("^([0-9a-fA-F]{32,128})(?:\\s+\\*?(?:\\./)?(.+?))?\\s*$");

  /** BSD lines: {@code SHA256 (NAME) = HEX}. */
  private static final Pattern BSD_LINE =
      Pattern.compile("^[A-Za-z0-9-]+\\s*\\((.+)\\)\\s*=\\s*([0-9a-fA-F]{32,128})\\s*$");

  /**
   * Normalises the digest to lower case.
   *
   * @param algorithm a {@link MessageDigest} algorithm name: {@code MD5}, {@code SHA-1}, {@code
   *     SHA-256} or {@code SHA-512}
   * @param hex the digest in lower-case hex
   */
  public Checksum {
    hex = hex.toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a file's checksum in the text of a checksum file.
   *
   * @param text the checksum file: GNU ({@code sha256sum}, {@code md5sum}) or BSD lines
   * @param name the file whose checksum is wanted
   * @param ownFile whether the checksum file belongs to that one file ({@code NAME.md5}), so that a
   *     digest alone on a line, or under another name, counts
   * @return the checksum, when the text has one for the file
   */
  public static Optional<Checksum> find(String text, String name, boolean ownFile) {
    for (String line : text.split("\\R")) {
      Matcher gnu = GNU_LINE.matcher(line.strip());
      Matcher bsd = BSD_LINE.matcher(line.strip());
      String hex = null;
      String named = null;
      if (gnu.matches()) {
        hex = gnu.group(1);
        named = gnu.group(2);
      } else if (bsd.matches()) {
        named = bsd.group(1);
        hex = bsd.group(2);
      }
      boolean matchesName = named == null ? ownFile : ownFile || named.strip().equals(name);
      if (hex != null && matchesName) {
        Optional<String> algorithm = algorithmOf(hex);
        if (algorithm.isPresent()) {
          return Optional.of(new Checksum(algorithm.get(), hex));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> algorithmOf(String hex) {
    return switch (hex.length()) {
      case 32 -> Optional.of("MD5");
      case 40 -> Optional.of("SHA-1");
      case 64 -> Optional.of("SHA-256");
      case 128 -> Optional.of("SHA-512");
      default -> Optional.empty();
    };
  }

  /**
   * Computes a file's checksum.
   *
   * @param file the file
   * @param algorithm the {@link MessageDigest} algorithm
   * @return the checksum
   * @throws IOException when the file cannot be read
   */
  public static Checksum of(Path file, String algorithm) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every JVM", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return new Checksum(algorithm, HexFormat.of().formatHex(digest.digest()));
  }

  @Override
  public String toString() {
    return algorithm.toLowerCase(Locale.ROOT).replace("-", "") + ":" + hex;
  }

  /**
   * Reads the {@link #toString()} form back.
   *
   * @param text e.g. {@code sha256:9f86…}
   * @return the checksum, when the text is one
   */
  public static Optional<Checksum> parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return algorithmOf(text.substring(colon + 1).strip())
        .map(a -> new Checksum(a, text.substring(colon + 1).strip()));
  }
}
