package org.figora.analysis.corpus;

import java.util.List;

/**
 * What loading a corpus did: how many files were read and figures loaded, what was skipped and why,
 * and what loaded with a caveat.
 *
 * @param filesRead figure record and GMT files read
 * @param figuresLoaded figures in the corpus
 * @param skipped files and GMT lines not loaded, each with its place and reason
 * @param warnings figures loaded with a caveat (e.g. gene IDs without a human symbol)
 * @param ignoredFiles files in the given directories that are neither records nor GMT files
 * @param mergedFromGmt GMT sets whose figure also came as a record file (the record wins)
 * @param renamedGeneTokens GMT gene tokens mapped from a previous symbol or alias (or another
 *     spelling) to the approved symbol
 * @param droppedGeneTokens GMT gene tokens that map to no human gene (unknown, ambiguous); the
 *     warnings name them
 */
public record LoadReport(
    int filesRead,
    int figuresLoaded,
    List<LoadIssue> skipped,
    List<LoadIssue> warnings,
    int ignoredFiles,
    int mergedFromGmt,
    int renamedGeneTokens,
    int droppedGeneTokens) {

  /**
   * Makes the lists unmodifiable.
   *
   * @param filesRead figure record and GMT files read
   * @param figuresLoaded figures in the corpus
   * @param skipped files and GMT lines not loaded, each with its place and reason
   * @param warnings figures loaded with a caveat (e.g. gene IDs without a human symbol)
   * @param ignoredFiles files in the given directories that are neither records nor GMT files
   * @param mergedFromGmt GMT sets whose figure also came as a record file (the record wins)
   * @param renamedGeneTokens GMT gene tokens mapped from a previous symbol or alias (or another
   *     spelling) to the approved symbol
   * @param droppedGeneTokens GMT gene tokens that map to no human gene (unknown, ambiguous); the
   *     warnings name them
   */
  public LoadReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /**
   * A report of a corpus without GMT gene tokens renamed or dropped.
   *
   * @param filesRead figure record and GMT files read
   * @param figuresLoaded figures in the corpus
   * @param skipped files and GMT lines not loaded
   * @param warnings figures loaded with a caveat
   * @param ignoredFiles files that are neither records nor GMT files
   * @param mergedFromGmt GMT sets whose figure also came as a record file
   */
  public LoadReport(
      int filesRead,
      int figuresLoaded,
      List<LoadIssue> skipped,
      List<LoadIssue> warnings,
      int ignoredFiles,
      int mergedFromGmt) {
    this(filesRead, figuresLoaded, skipped, warnings, ignoredFiles, mergedFromGmt, 0, 0);
  }

  /**
   * @return one line for a person: loaded, skipped, GMT gene tokens dropped and renamed, warnings
   */
  public String summary() {
    StringBuilder text =
        new StringBuilder()
            .append(figuresLoaded)
            .append(figuresLoaded == 1 ? " figure" : " figures")
            .append(" loaded from ")
            .append(filesRead)
            .append(filesRead == 1 ? " file" : " files");
    if (!skipped.isEmpty()) {
      text.append("; ").append(skipped.size()).append(" skipped");
    }
    if (droppedGeneTokens > 0) {
      text.append("; ")
          .append(droppedGeneTokens)
          .append(droppedGeneTokens == 1 ? " GMT gene token" : " GMT gene tokens")
          .append(" dropped (no human gene)");
    }
    if (renamedGeneTokens > 0) {
      text.append("; ")
          .append(renamedGeneTokens)
          .append(renamedGeneTokens == 1 ? " GMT gene token" : " GMT gene tokens")
          .append(" mapped from previous symbols or aliases");
    }
    if (!warnings.isEmpty()) {
      text.append("; ")
          .append(warnings.size())
          .append(warnings.size() == 1 ? " warning" : " warnings");
      if (droppedGeneTokens > 0 || renamedGeneTokens > 0) {
        text.append(" (figora index info lists them)");
      }
    }
    if (ignoredFiles > 0) {
      text.append("; ").append(ignoredFiles).append(" other files ignored");
    }
    if (mergedFromGmt > 0) {
      text.append("; ").append(mergedFromGmt).append(" GMT sets merged with their records");
    }
    return text.toString();
  }
}
