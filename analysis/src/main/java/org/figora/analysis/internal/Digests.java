package org.figora.analysis.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digests: SHA-256 (every Java platform provides it) where a digest is an identity that a report
 * records (a corpus's content, a background file), and MurmurHash3 where it only has to tell one
 * state of a file listing from another (the index cache's fingerprints and file names).
 */
public final class Digests {

  private Digests() {}

  /**
   * @return a new SHA-256 digest
   */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * The SHA-256 of a text's UTF-8 bytes.
   *
   * @param text the text
   * @return 64 lowercase hex digits
   */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * MurmurHash3 x64 128 of a text's UTF-8 bytes, seed 0 (Austin Appleby's public-domain algorithm),
   * as 32 hex digits in the byte order Guava's {@code Hashing.murmur3_128()} prints. Not
   * cryptographic: it serves fingerprints that say whether an index cache is current, where a wrong
   * answer needs two different listings of the same corpus paths with equal 128-bit hashes, by
   * accident (whoever can plant such files can as well edit the cache). Unlike {@link #sha256()} it
   * needs none of Java's security providers, whose start took 10-17 ms of every command's run.
   * Checked against Guava 33.0.0 on texts of every tail length ({@code murmur3-128-vectors.tsv}).
   *
   * @param text the text
   * @return 32 lowercase hex digits
   */
  public static String murmur3Hex(String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    long h1 = 0;
    long h2 = 0;
    int blocks = data.length / 16;
    for (int b = 0; b < blocks; b++) {
      h1 ^= mixK1(in.getLong(16 * b));
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(in.getLong(16 * b + 8));
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = 16 * blocks;
    int rest = data.length - tail;
    long k1 = 0;
    long k2 = 0;
    for (int i = rest - 1; i >= 8; i--) {
      k2 ^= (data[tail + i] & 0xffL) << (8 * (i - 8));
    }
    for (int i = Math.min(rest, 8) - 1; i >= 0; i--) {
      k1 ^= (data[tail + i] & 0xffL) << (8 * i);
    }
    if (rest > 8) {
      h2 ^= mixK2(k2);
    }
    if (rest > 0) {
      h1 ^= mixK1(k1);
    }
    h1 ^= data.length;
    h2 ^= data.length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    byte[] hash =
        ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(h1).putLong(h2).array();
    return HexFormat.of().formatHex(hash);
  }

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
