package org.figora.analysis.index;

/**
 * A {@link LoadedIndex} as bytes in the index cache's encoding, to ship a loaded index to another
 * process (e.g. broadcast it to Spark executors) without parsing the corpus there again. The bytes
 * are the cache file's: checked by magic, format version, length and CRC-32C when decoded, and a
 * decoded index reads each figure's metadata only when first asked for.
 */
public final class IndexBytes {

  private IndexBytes() {}

  /**
   * Encodes a loaded index with its fingerprint.
   *
   * @param loaded the index and the fingerprint of what it was built from
   * @return the encoding
   */
  public static byte[] encode(LoadedIndex loaded) {
    return IndexCodec.encode(loaded.index(), loaded.fingerprint()).toByteArray();
  }

  /**
   * Decodes bytes made by {@link #encode}. The index keeps a reference to the array (figures are
   * decoded from it on demand): the caller must not modify it.
   *
   * @param bytes the encoding
   * @return the index
   * @throws IllegalArgumentException when the bytes are not an intact encoding of this format
   *     version
   */
  public static FigureIndex decode(byte[] bytes) {
    return IndexCodec.decode(bytes)
        .map(IndexCodec.Decoded::index)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not an intact figure index of format version "
                        + IndexCodec.FORMAT_VERSION
                        + " ("
                        + bytes.length
                        + " bytes)"));
  }
}
