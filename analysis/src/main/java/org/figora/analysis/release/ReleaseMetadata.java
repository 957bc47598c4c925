package org.figora.analysis.release;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import org.figora.analysis.internal.AtomicFiles;

/**
 * What is known about an installed release; kept beside its GMT in {@code release.properties}.
 *
 * @param release the release date, {@code YYYYMMDD}
 * @param sourceUrl where the GMT was downloaded from
 * @param file the GMT's file name
 * @param bytes the GMT's length
 * @param sha256 the GMT's SHA-256, computed after the download
 * @param published the checksum published beside the GMT and verified, if there was one
 * @param figures gene sets read as figures
 * @param genes distinct human genes over all figures
 * @param unmappedIds gene ID occurrences without an entry in the gene reference
 * @param fetchedAt when the release was installed
 */
public record ReleaseMetadata(
    String release,
    URI sourceUrl,
    String file,
    long bytes,
    Checksum sha256,
    Optional<Checksum> published,
    int figures,
    int genes,
    int unmappedIds,
    Instant fetchedAt) {

  /** The metadata file's name inside a release folder. */
  public static final String FILE_NAME = "release.properties";

  /**
   * Writes the metadata (atomically).
   *
   * @param target the file
   * @throws IOException when it cannot be written
   */
  public void write(Path target) throws IOException {
    StringBuilder text = new StringBuilder("# figora: an installed PFOCR release\n");
    line(text, "release", release);
    line(text, "source_url", sourceUrl.toString());
    line(text, "file", file);
    line(text, "bytes", Long.toString(bytes));
    line(text, "sha256", sha256.hex());
    line(text, "published_checksum", published.map(Checksum::toString).orElse("none"));
    line(text, "figures", Integer.toString(figures));
    line(text, "genes", Integer.toString(genes));
    line(text, "unmapped_ids", Integer.toString(unmappedIds));
    line(text, "fetched_at", fetchedAt.toString());
    byte[] bytesOut = text.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> out.write(bytesOut));
  }

  private static void line(StringBuilder text, String key, String value) {
    // Properties escapes: a backslash and line breaks are the only characters that need one.
    text.append(key)
        .append('=')
        .append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
        .append('\n');
  }

  /**
   * Reads metadata written by {@link #write(Path)}.
   *
   * @param file the file
   * @return the metadata
   * @throws IOException when the file cannot be read, or lacks a field or has a malformed one
   */
  public static ReleaseMetadata read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    try {
      return new ReleaseMetadata(
          required(p, "release"),
          URI.create(required(p, "source_url")),
          required(p, "file"),
          Long.parseLong(required(p, "bytes")),
          new Checksum("SHA-256", required(p, "sha256")),
          Checksum.parse(p.getProperty("published_checksum", "none")),
          Integer.parseInt(required(p, "figures")),
          Integer.parseInt(required(p, "genes")),
          Integer.parseInt(required(p, "unmapped_ids")),
          Instant.parse(required(p, "fetched_at")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IOException(file + ": malformed release metadata: " + e.getMessage(), e);
    }
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("no " + key);
    }
    return value.strip();
  }
}
