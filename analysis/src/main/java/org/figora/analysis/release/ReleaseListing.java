package org.figora.analysis.release;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one release folder, read from the HTML directory listing a web server (Apache,
 * nginx, lighttpd) generates: every {@code href} that names a file directly inside the folder.
 * Parent and sub-folder links, sort links ({@code ?C=N;O=D}) and links elsewhere are ignored.
 */
public final class ReleaseListing {

  private static final Pattern HREF =
      Pattern.compile(
          "href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);

  /**
   * The canonical name of a PFOCR human gene GMT, e.g. {@code pfocr-20240510-gmt-Homo_sapiens.gmt}.
   */
  private static final Pattern CANONICAL_GMT =
      Pattern.compile("pfocr-\\d{8}-gmt-Homo_sapiens\\.gmt", Pattern.CASE_INSENSITIVE);

  /** Folder-wide checksum files: {@code checksums}, {@code md5sums.txt}, {@code SHA256SUMS}… */
  private static final Pattern CHECKSUM_LIST =
      Pattern.compile(
          "(checksums?|md5sums?|sha1sums?|sha256sums?|sha512sums?)(\\.txt)?",
          Pattern.CASE_INSENSITIVE);

  /** Suffixes of a checksum file for one file, strongest first. */
  private static final List<String> CHECKSUM_SUFFIXES =
      List.of(".sha512", ".sha256", ".sha256sum", ".sha1", ".md5", ".md5sum");

  private final URI folder;
  private final Map<String, URI> files;

  private ReleaseListing(URI folder, Map<String, URI> files) {
    this.folder = folder;
    this.files = files;
  }

  /**
   * Reads a directory listing.
   *
   * @param folder the listing's URL (after redirects: links are resolved against it)
   * @param html the listing page
   * @return the files it links to directly inside the folder, in page order
   */
  public static ReleaseListing parse(URI folder, String html) {
    URI base = folder.getPath().endsWith("/") ? folder : URI.create(folder + "/");
    Map<String, URI> files = new LinkedHashMap<>();
    Matcher matcher = HREF.matcher(html);
    while (matcher.find()) {
      String href = firstNonNull(matcher.group(1), matcher.group(2), matcher.group(3));
      fileIn(base, href.strip().replace("&amp;", "&"))
          .ifPresent(uri -> files.putIfAbsent(lastSegment(uri), uri));
    }
    return new ReleaseListing(base, files);
  }

  private static Optional<URI> fileIn(URI base, String href) {
    if (href.isEmpty() || href.startsWith("?") || href.startsWith("#")) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = base.resolve(new URI(href.replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty(); // a link that is not a URL is not a file of the release
    }
    String path = uri.getRawPath();
    boolean sameServer =
        base.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
            && base.getRawAuthority().equalsIgnoreCase(String.valueOf(uri.getRawAuthority()));
    if (!sameServer || uri.getRawQuery() != null || path == null || path.endsWith("/")) {
      return Optional.empty();
    }
    String parent = path.substring(0, path.lastIndexOf('/') + 1);
    return parent.equals(base.getRawPath()) ? Optional.of(uri) : Optional.empty();
  }

  /**
   * The decoded last segment of a URL's path: percent-escapes decoded ({@code +} stays a plus, as
   * in a path), so that {@code %2F}, {@code %2E%2E} or {@code %00} show as what they are. Such
   * names are kept here and refused where a name is joined to a folder ({@link SafeFileNames}).
   */
  private static String lastSegment(URI uri) {
    String path = uri.getRawPath();
    return percentDecoded(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Decodes {@code %XX} escapes as UTF-8 bytes; anything else is kept as it is. */
  static String percentDecoded(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (c == '%' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return "";
  }

  /**
   * @return the listing's URL, ending in {@code /}
   */
  public URI folder() {
    return folder;
  }

  /**
   * @return the file names, in page order
   */
  public List<String> names() {
    return List.copyOf(files.keySet());
  }

  /**
   * The URL of a listed file.
   *
   * @param name a file name from {@link #names()}
   * @return its URL
   */
  public Optional<URI> uri(String name) {
    return Optional.ofNullable(files.get(name));
  }

  /**
   * The human gene GMT of the release. A candidate's name contains {@code gmt} and {@code
   * Homo_sapiens} (any case), ends in {@code .gmt}, and contains neither {@code chemical} nor
   * {@code chebi} (PFOCR's chemical sets are not gene sets). When several qualify, the canonical
   * {@code pfocr-YYYYMMDD-gmt-Homo_sapiens.gmt} wins, then the shortest name (fewest qualifiers),
   * then the first in alphabetical order.
   *
   * @return the chosen file name, if any qualifies
   */
  public Optional<String> humanGeneGmt() {
    return files.keySet().stream()
        .filter(ReleaseListing::isHumanGeneGmt)
        .min(
            Comparator.comparing((String n) -> !CANONICAL_GMT.matcher(n).matches())
                .thenComparing(String::length)
                .thenComparing(Comparator.naturalOrder()));
  }

  static boolean isHumanGeneGmt(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gmt")
        && lower.contains("homo_sapiens")
        && !lower.contains("chemical")
        && !lower.contains("chebi");
  }

  /**
   * The checksum files published for a file: its own ({@code NAME.sha256}, {@code NAME.md5}…,
   * strongest algorithm first), then folder-wide lists ({@code checksums}, {@code md5sums.txt},
   * {@code SHA256SUMS}…).
   *
   * @param name a file name from {@link #names()}
   * @return checksum file names, best first; empty when none is published
   */
  public List<String> checksumFilesFor(String name) {
    List<String> found = new ArrayList<>();
    for (String suffix : CHECKSUM_SUFFIXES) {
      files.keySet().stream().filter(n -> n.equalsIgnoreCase(name + suffix)).forEach(found::add);
    }
    files.keySet().stream().filter(n -> CHECKSUM_LIST.matcher(n).matches()).forEach(found::add);
    return found;
  }
}
