package org.figora.analysis.release;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * File names that came from the network (a release listing) or from a file a server's data went
 * into ({@code release.properties}), checked before they are joined to a folder: one path segment
 * of at most {@value #MAX_LENGTH} characters from {@code [A-Za-z0-9._+-]}, starting with a letter
 * or digit, so never empty, {@code .} or {@code ..}, and never holding a separator, a control
 * character or NUL. Every path made from such a name is also checked to lie directly inside its
 * folder after normalisation.
 */
final class SafeFileNames {

  /** The longest name accepted; PFOCR's names are under 60 characters. */
  static final int MAX_LENGTH = 200;

  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0," + (MAX_LENGTH - 1) + "}");

  private SafeFileNames() {}

  /**
   * Whether a name is safe to use as a file name.
   *
   * @param name the decoded name
   * @return whether it is one safe path segment
   */
  static boolean isSafe(String name) {
    return name != null && SAFE.matcher(name).matches();
  }

  /**
   * Resolves a name inside a folder.
   *
   * @param folder the folder
   * @param name the name, from the network or a file
   * @param source where the name came from, for the message
   * @return the path, directly inside the folder
   * @throws ReleaseException when the name is not one safe segment, or the path leaves the folder
   */
  static Path resolveInside(Path folder, String name, String source) throws ReleaseException {
    if (!isSafe(name)) {
      throw new ReleaseException(
          "refusing the file name "
              + quoted(name)
              + " from "
              + source
              + ": a file name must be one path segment of letters, digits and . _ + - (at most "
              + MAX_LENGTH
              + " characters); nothing was written");
    }
    Path base = folder.toAbsolutePath().normalize();
    Path resolved = base.resolve(name).normalize();
    if (!base.equals(resolved.getParent())) {
      throw new ReleaseException(
          "refusing the file name "
              + quoted(name)
              + " from "
              + source
              + ": it leads outside "
              + base
              + "; nothing was written");
    }
    return resolved;
  }

  /** A name for a message: quoted, control characters shown as escapes, shortened. */
  static String quoted(String name) {
    if (name == null) {
      return "(none)";
    }
    StringBuilder text = new StringBuilder("'");
    name.codePoints()
        .limit(120)
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == '\'' || c == '\\') {
                text.append(String.format("\\u%04x", c));
              } else {
                text.appendCodePoint(c);
              }
            });
    return text.append(name.codePointCount(0, name.length()) > 120 ? "…'" : "'").toString();
  }
}
