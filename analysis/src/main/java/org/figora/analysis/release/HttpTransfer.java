package org.figora.analysis.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP GET at a time with the JDK client: redirects followed (never from HTTPS to HTTP), the
 * system proxy settings ({@code https.proxyHost}, {@code http.proxyHost}…) honoured, a connect
 * timeout, and a read timeout for the headers and for every wait on the body.
 */
final class HttpTransfer {

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

  /** How often (in bytes written) the free space is checked during a download. */
  private static final long SPACE_CHECK_INTERVAL = 16L << 20;

  private final HttpClient client;
  private final Duration readTimeout;
  private final Deadline deadline;

  /**
   * Creates a transfer.
   *
   * @param connectTimeout the longest wait for a connection
   * @param readTimeout the longest wait for the headers, and for any byte of the body
   * @param deadline when every transfer of the fetch must have ended
   */
  HttpTransfer(Duration connectTimeout, Duration readTimeout, Deadline deadline) {
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(connectTimeout)
            .proxy(ProxySelector.getDefault())
            .build();
    this.readTimeout = readTimeout;
    this.deadline = deadline;
  }

  /** A small text resource and the URL it finally came from (after redirects). */
  record Text(URI uri, String body) {}

  /**
   * Gets a small text resource such as a listing or a checksum file.
   *
   * @param uri the URL
   * @param maxBytes the largest body accepted
   * @return the text, decoded as UTF-8
   * @throws IOException when the transfer fails or the status is not 2xx
   * @throws InterruptedException when interrupted
   */
  Text text(URI uri, long maxBytes) throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        client.send(request(uri).build(), BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      requireStatus(response, uri, 200);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > maxBytes) {
        throw tooLarge(uri, length + " bytes", maxBytes);
      }
      copy(body, bytes, uri, 0, length, maxBytes, FetchProgress.NONE, null);
      return new Text(response.uri(), bytes.toString(StandardCharsets.UTF_8));
    }
  }

  private static ReleaseException tooLarge(URI uri, String size, long maxBytes) {
    return new ReleaseException(
        uri
            + " is "
            + size
            + ", more than the limit of "
            + maxBytes
            + " bytes; not downloaded (raise the limit if the file is really that large)");
  }

  /**
   * Downloads a file into a partial download, resuming it with a {@code Range} request when part of
   * it is on disk. A server that ignores the range (status 200) sends the whole file, which
   * replaces the part.
   *
   * @param uri the file's URL
   * @param part the partial download
   * @param progress told about the bytes on disk
   * @return the file's length as the server stated it, or -1 when it did not
   * @throws ReleaseException when the status is an error, or the body breaks off, stalls or has the
   *     wrong length (the bytes received stay in the part)
   * @throws IOException when the part cannot be written
   * @throws InterruptedException when interrupted
   */
  long download(
      URI uri, PartialDownload part, FetchProgress progress, long maxBytes, long reserveBytes)
      throws IOException, InterruptedException {
    long have = part.resumableBytes(uri);
    HttpRequest.Builder request = request(uri);
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
      part.validator().ifPresent(v -> request.header("If-Range", v));
    }
    HttpResponse<InputStream> response = client.send(request.build(), BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      long offset = startOffset(response, uri, have, part);
      long total = totalLength(response, offset);
      if (total > maxBytes) {
        part.delete();
        throw tooLarge(uri, total + " bytes", maxBytes);
      }
      part.begin(uri, validator(response));
      DiskSpace space = new DiskSpace(part, reserveBytes);
      try {
        space.require(total >= 0 ? total - offset : 0);
      } catch (ReleaseException e) {
        part.delete();
        throw e;
      }
      StandardOpenOption mode =
          offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
      try (OutputStream out =
          new LocalFile(
              Files.newOutputStream(
                  part.path(), StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode),
              part)) {
        copy(body, out, uri, offset, total, maxBytes, progress, space);
      } catch (ReleaseException e) {
        if (!e.isTransient()) {
          part.delete(); // too large, disk full: nothing worth resuming
        }
        throw e;
      }
      return total;
    }
  }

  private HttpRequest.Builder request(URI uri) throws ReleaseException {
    Duration left = deadline.remaining();
    if (left.isZero()) {
      throw deadline.exceeded(uri.toString());
    }
    return HttpRequest.newBuilder(uri)
        .GET()
        .timeout(left.compareTo(readTimeout) < 0 ? left : readTimeout)
        .header("User-Agent", "figora (PFOCR release fetch)");
  }

  private static long startOffset(
      HttpResponse<?> response, URI uri, long have, PartialDownload part) throws IOException {
    int status = response.statusCode();
    if (status == 206 && have > 0) {
      String header = response.headers().firstValue("Content-Range").orElse("");
      Matcher range = CONTENT_RANGE.matcher(header);
      if (!range.matches() || Long.parseLong(range.group(1)) != have) {
        part.delete();
        throw new ReleaseException(
            "unexpected Content-Range '"
                + header
                + "' from "
                + uri
                + " when resuming at byte "
                + have
                + "; starting afresh",
            true,
            null);
      }
      return have;
    }
    if (status == 416 && have > 0) {
      part.delete();
      throw new ReleaseException(
          "HTTP 416 (range not satisfiable) from "
              + uri
              + " when resuming at byte "
              + have
              + "; starting afresh",
          true,
          null);
    }
    requireStatus(response, uri, 200);
    return 0;
  }

  private static long totalLength(HttpResponse<?> response, long offset) {
    if (offset > 0) {
      Matcher range =
          CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
      return range.matches() && !range.group(3).equals("*") ? Long.parseLong(range.group(3)) : -1;
    }
    return response.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  private static String validator(HttpResponse<?> response) {
    String etag = response.headers().firstValue("ETag").orElse("");
    return !etag.isEmpty() && !etag.startsWith("W/")
        ? etag
        : response.headers().firstValue("Last-Modified").orElse("");
  }

  private static void requireStatus(HttpResponse<?> response, URI uri, int expected)
      throws ReleaseException {
    int status = response.statusCode();
    if (status != expected) {
      boolean retry = status >= 500 || status == 408 || status == 429;
      throw new ReleaseException("HTTP " + status + " from " + uri, retry, null);
    }
  }

  /** Copies a body, watching for stalls and checking the length; returns the bytes in all. */
  private long copy(
      InputStream body,
      OutputStream out,
      URI uri,
      long offset,
      long total,
      long maxBytes,
      FetchProgress progress,
      DiskSpace space)
      throws IOException {
    long size = offset;
    long nextSpaceCheck = offset + SPACE_CHECK_INTERVAL;
    byte[] buffer = new byte[1 << 16];
    try (IdleWatchdog watchdog = new IdleWatchdog(body, readTimeout, deadline)) {
      for (int n = read(body, buffer, watchdog, uri, size, total);
          n >= 0;
          n = read(body, buffer, watchdog, uri, size, total)) {
        watchdog.touch();
        if (size + n > maxBytes) {
          throw tooLarge(uri, "more than " + maxBytes + " bytes", maxBytes);
        }
        out.write(buffer, 0, n);
        size += n;
        progress.transferred(size, total);
        if (space != null && size >= nextSpaceCheck) {
          space.require(0);
          nextSpaceCheck = size + SPACE_CHECK_INTERVAL;
        }
      }
    }
    if (total >= 0 && size != total) {
      throw new ReleaseException(
          "incomplete download of " + uri + ": received " + size + " of " + total + " bytes",
          true,
          null);
    }
    return size;
  }

  /** Reads from the body; a failure or stall is a (transient) broken transfer. */
  private int read(
      InputStream body, byte[] buffer, IdleWatchdog watchdog, URI uri, long size, long total)
      throws ReleaseException {
    int n;
    try {
      n = body.read(buffer);
    } catch (IOException e) {
      throw broken(uri, size, total, watchdog.fired(), e);
    }
    if (n < 0 && watchdog.fired()) {
      throw broken(uri, size, total, true, null);
    }
    return n;
  }

  private ReleaseException broken(
      URI uri, long size, long total, boolean stalled, IOException cause) {
    String of = total >= 0 ? size + " of " + total + " bytes" : size + " bytes";
    if (stalled && deadline.passed()) {
      return deadline.exceeded(uri + " after " + of);
    }
    String what =
        stalled
            ? "no data for "
                + readTimeout.toMillis()
                + " ms from "
                + uri
                + " after "
                + of
                + " (read timeout)"
            : "connection to " + uri + " broken after " + of + ": " + cause;
    return new ReleaseException(what, true, cause);
  }
}
