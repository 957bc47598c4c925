package org.figora.analysis.corpus;

import java.util.Optional;

/**
 * A GMT set name in the WikiPathways / PFOCR style {@code title%release%id%organism}, e.g. {@code
 * Apoptosis%WikiPathways_20200210%WP254%Homo sapiens}. Names in any other form are kept as plain
 * ids.
 *
 * @param raw the name as written in the GMT
 * @param id the set's id (the third part, or the whole raw name)
 * @param title the title part, empty for plain names
 * @param release the release part, empty for plain names
 * @param organism the organism part, empty for plain names
 */
public record GmtSetName(String raw, String id, String title, String release, String organism) {

  /**
   * Parses a set name.
   *
   * @param raw the first field of a GMT line
   * @return the parsed name; plain names give {@code id == raw}
   */
  public static GmtSetName parse(String raw) {
    String[] parts = raw.split("%", -1);
    if (parts.length == 4 && !parts[2].isBlank()) {
      return new GmtSetName(
          raw, parts[2].strip(), parts[0].strip(), parts[1].strip(), parts[3].strip());
    }
    return new GmtSetName(raw, raw, "", "", "");
  }

  /**
   * @return the organism when the name carries one
   */
  public Optional<String> organismIfKnown() {
    return organism.isEmpty() ? Optional.empty() : Optional.of(organism);
  }
}
