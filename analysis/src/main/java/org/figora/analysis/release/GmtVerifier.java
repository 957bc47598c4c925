package org.figora.analysis.release;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.figora.analysis.corpus.GmtReader;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;

/**
 * Checks that a downloaded file is a gene GMT of NCBI Gene (Entrez) IDs, as PFOCR publishes: UTF-8
 * text, every line {@code name<TAB>description<TAB>id…} with IDs of digits only, and at least one
 * set with a human gene. IDs that are well formed but missing from the gene reference are counted,
 * not rejected (a reference is always a little older than a release).
 */
final class GmtVerifier {

  /**
   * What a verified GMT holds.
   *
   * @param figures gene sets read as figures
   * @param genes distinct human genes over all figures
   * @param unmappedIds ID occurrences without an entry in the gene reference
   */
  record Summary(int figures, int genes, int unmappedIds) {}

  private final GeneReference reference;

  GmtVerifier(GeneReference reference) {
    this.reference = reference;
  }

  /**
   * Verifies a GMT.
   *
   * @param file the downloaded file
   * @param source the name for messages (the file's URL)
   * @return what it holds
   * @throws InputFormatException when the file is not such a GMT, naming the source and line
   * @throws IOException when the file cannot be read
   */
  Summary verify(Path file, String source) throws IOException {
    GmtReader.Result result;
    try {
      result = new GmtReader(reference).read(file);
    } catch (InputFormatException e) {
      throw new InputFormatException(source, e.line(), e.reason(), e);
    }
    int unmapped = checkLines(file, source);
    if (result.figures().isEmpty()) {
      throw new InputFormatException(
          source, 0, "no gene set with a human gene: not a PFOCR gene" + " GMT");
    }
    Set<String> genes = new HashSet<>();
    for (Figure figure : result.figures()) {
      genes.addAll(figure.humanGenes());
    }
    return new Summary(result.figures().size(), genes.size(), unmapped);
  }

  /** Checks each line's fields and IDs; returns the count of IDs the reference lacks. */
  private int checkLines(Path file, String source) throws IOException {
    int unmapped = 0;
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 3) {
          throw new InputFormatException(
              source,
              lineNumber,
              "expected name<TAB>description<TAB>"
                  + "gene IDs, found "
                  + fields.length
                  + " field"
                  + (fields.length == 1 ? "" : "s"));
        }
        for (int i = 2; i < fields.length; i++) {
          unmapped += checkId(fields[i].strip(), source, lineNumber);
        }
      }
    }
    return unmapped;
  }

  private int checkId(String id, String source, int lineNumber) {
    if (id.isEmpty()) {
      return 0;
    }
    if (!id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InputFormatException(
          source, lineNumber, "'" + id + "' is not an NCBI Gene" + " (Entrez) ID");
    }
    boolean known = id.length() <= 9 && reference.geneByEntrez(Integer.parseInt(id)).isPresent();
    return known ? 0 : 1;
  }
}
