package org.figora.analysis.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * How a report was made, written into every report so that it can be reproduced and cited. Made by
 * {@link #of}; the optional parts (background file, shown rows, command line, time) are set with
 * the {@code with…} methods.
 *
 * @param figoraVersion figora's version ({@link FigoraVersion})
 * @param corpusDescription the corpus paths or release ({@code pfocr@YYYYMMDD})
 * @param corpusRelease the PFOCR release date when the corpus is an installed release
 * @param corpusContentDigest digest of the figures' ids and gene sets only
 * @param corpusFingerprint fingerprint of the corpus files and reference
 * @param figureCount figures in the corpus
 * @param referenceSource the gene reference, with its NCBI Gene source date
 * @param universePolicy background policy
 * @param universeSize N
 * @param droppedBackgroundGenes user background genes dropped because no figure has them
 * @param backgroundFile the file a user background was read from, if it was
 * @param minSize smallest figure size tested
 * @param maxSize largest figure size tested
 * @param correction the multiple-testing correction
 * @param correctHitsOnly whether only figures with an overlap were corrected over
 * @param testedFigures figures tested
 * @param shown which rows the report shows
 * @param listName the gene list's name
 * @param inputIdentifiers identifiers read from the list
 * @param mappedGenes distinct approved symbols the identifiers mapped to
 * @param unmappedIdentifiers identifiers that mapped to no symbol or to several
 * @param genesInUniverse n, list genes in the universe
 * @param outsideUniverse list genes outside the universe
 * @param created when the analysis ran, to the second
 * @param commandLine the command line that made the report, when a command line did
 */
public record Provenance(
    String figoraVersion,
    String corpusDescription,
    Optional<String> corpusRelease,
    String corpusContentDigest,
    String corpusFingerprint,
    int figureCount,
    String referenceSource,
    Universe.Policy universePolicy,
    int universeSize,
    int droppedBackgroundGenes,
    Optional<BackgroundFile> backgroundFile,
    int minSize,
    int maxSize,
    PValueAdjustment correction,
    boolean correctHitsOnly,
    int testedFigures,
    RowSelection shown,
    String listName,
    int inputIdentifiers,
    int mappedGenes,
    List<String> unmappedIdentifiers,
    int genesInUniverse,
    List<String> outsideUniverse,
    Instant created,
    Optional<String> commandLine) {

  /** Digits of the content digest quoted in the Methods paragraph. */
  private static final int SHORT_DIGEST = 16;

  /**
   * Checks for nulls, makes the lists unmodifiable and truncates the time to seconds.
   *
   * @param figoraVersion figora's version ({@link FigoraVersion})
   * @param corpusDescription the corpus paths or release ({@code pfocr@YYYYMMDD})
   * @param corpusRelease the PFOCR release date when the corpus is an installed release
   * @param corpusContentDigest digest of the figures' ids and gene sets only
   * @param corpusFingerprint fingerprint of the corpus files and reference
   * @param figureCount figures in the corpus
   * @param referenceSource the gene reference, with its NCBI Gene source date
   * @param universePolicy background policy
   * @param universeSize N
   * @param droppedBackgroundGenes user background genes dropped because no figure has them
   * @param backgroundFile the file a user background was read from, if it was
   * @param minSize smallest figure size tested
   * @param maxSize largest figure size tested
   * @param correction the multiple-testing correction
   * @param correctHitsOnly whether only figures with an overlap were corrected over
   * @param testedFigures figures tested
   * @param shown which rows the report shows
   * @param listName the gene list's name
   * @param inputIdentifiers identifiers read from the list
   * @param mappedGenes distinct approved symbols the identifiers mapped to
   * @param unmappedIdentifiers identifiers that mapped to no symbol or to several
   * @param genesInUniverse n, list genes in the universe
   * @param outsideUniverse list genes outside the universe
   * @param created when the analysis ran, to the second
   * @param commandLine the command line that made the report, when a command line did
   */
  public Provenance {
    Objects.requireNonNull(figoraVersion, "figoraVersion");
    Objects.requireNonNull(corpusDescription, "corpusDescription");
    Objects.requireNonNull(corpusRelease, "corpusRelease");
    Objects.requireNonNull(corpusContentDigest, "corpusContentDigest");
    Objects.requireNonNull(corpusFingerprint, "corpusFingerprint");
    Objects.requireNonNull(referenceSource, "referenceSource");
    Objects.requireNonNull(universePolicy, "universePolicy");
    Objects.requireNonNull(backgroundFile, "backgroundFile");
    Objects.requireNonNull(correction, "correction");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(listName, "listName");
    unmappedIdentifiers = List.copyOf(unmappedIdentifiers);
    outsideUniverse = List.copyOf(outsideUniverse);
    created = created.truncatedTo(ChronoUnit.SECONDS);
    Objects.requireNonNull(commandLine, "commandLine");
  }

  /**
   * The provenance of one list's result: the corpus, the background, sizes and correction of the
   * test, and the list's mapping. The report shows every figure with an overlap ({@link
   * RowSelection#hits()}), the time is now, and there is no background file or command line until
   * the {@code with…} methods say otherwise.
   *
   * @param corpus the corpus tested against
   * @param result the list's result
   * @param input the list as read and resolved
   * @return the provenance
   */
  public static Provenance of(
      CorpusIdentity corpus, EnrichmentResult result, ResolvedGeneList input) {
    return new Provenance(
        FigoraVersion.current(),
        corpus.description(),
        corpus.release(),
        corpus.contentDigest(),
        corpus.fingerprint(),
        corpus.figureCount(),
        corpus.referenceSource(),
        result.universe().policy(),
        result.universeSize(),
        result.universe().droppedGenes(),
        Optional.empty(),
        result.options().minSize(),
        result.options().maxSize(),
        result.options().correction(),
        result.options().correctHitsOnly(),
        result.testedFigures(),
        RowSelection.hits(),
        input.name(),
        input.identifiers().size(),
        input.symbols().size(),
        input.unresolvedInputs(),
        result.querySize(),
        result.outsideUniverse(),
        Instant.now(),
        Optional.empty());
  }

  /**
   * @param file the file the user background was read from
   * @return this provenance naming that file
   */
  public Provenance withBackgroundFile(BackgroundFile file) {
    return with(Optional.of(file), shown, created, commandLine);
  }

  /**
   * @param selection the rows the report shows
   * @return this provenance with that selection
   */
  public Provenance withShown(RowSelection selection) {
    return with(backgroundFile, selection, created, commandLine);
  }

  /**
   * @param time when the analysis ran
   * @return this provenance with that time
   */
  public Provenance withCreated(Instant time) {
    return with(backgroundFile, shown, time, commandLine);
  }

  /**
   * @param line the command line that made the report, or empty
   * @return this provenance with that command line
   */
  public Provenance withCommandLine(Optional<String> line) {
    return with(backgroundFile, shown, created, line);
  }

  /** This provenance with the four parts a front end adds after {@link #of}. */
  private Provenance with(
      Optional<BackgroundFile> file, RowSelection selection, Instant time, Optional<String> line) {
    return new Provenance(
        figoraVersion,
        corpusDescription,
        corpusRelease,
        corpusContentDigest,
        corpusFingerprint,
        figureCount,
        referenceSource,
        universePolicy,
        universeSize,
        droppedBackgroundGenes,
        file,
        minSize,
        maxSize,
        correction,
        correctHitsOnly,
        testedFigures,
        selection,
        listName,
        inputIdentifiers,
        mappedGenes,
        unmappedIdentifiers,
        genesInUniverse,
        outsideUniverse,
        time,
        line);
  }

  /**
   * The fields as ordered name–value pairs, for writers: strings, numbers, booleans, lists of
   * strings, and null for an absent optional value.
   *
   * @return the pairs
   */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("figora_version", figoraVersion);
    map.put("created", created.toString());
    map.put("command_line", commandLine.orElse(null));
    map.put("corpus", corpusDescription);
    map.put("corpus_release", corpusRelease.orElse(null));
    map.put("corpus_content_digest", corpusContentDigest);
    map.put("corpus_fingerprint", corpusFingerprint);
    map.put("corpus_figures", figureCount);
    map.put("reference", referenceSource);
    map.put("universe", universePolicy.label());
    map.put("universe_size", universeSize);
    map.put("background_genes_dropped", droppedBackgroundGenes);
    map.put("background_file", backgroundFile.map(BackgroundFile::name).orElse(null));
    map.put("background_file_sha256", backgroundFile.map(BackgroundFile::sha256).orElse(null));
    map.put("min_size", minSize);
    map.put("max_size", maxSize);
    map.put("correction", correction.optionName());
    map.put("correct_hits_only", correctHitsOnly);
    map.put("tested_figures", testedFigures);
    map.putAll(shown.asMap());
    map.put("list", listName);
    map.put("input_identifiers", inputIdentifiers);
    map.put("mapped_genes", mappedGenes);
    map.put("unmapped_identifiers", unmappedIdentifiers);
    map.put("genes_in_universe", genesInUniverse);
    map.put("genes_outside_universe", outsideUniverse);
    return map;
  }

  /**
   * A Methods paragraph ready to paste into a paper: the list and its mapping, the corpus (its
   * PFOCR release and content digest), the test, the background, the sizes, the correction and
   * which figures are reported. Each part is said once, in the words of the typed values ({@link
   * Universe.Policy#describe}, {@link PValueAdjustment#methodsSentence}, {@link
   * RowSelection#describe}).
   *
   * @return the paragraph
   */
  public String methodsParagraph() {
    String corpus =
        corpusRelease.map(date -> "release " + date).orElse("corpus " + corpusDescription);
    String background =
        universePolicy.describe(universeSize)
            + backgroundFile
                .map(f -> " (file " + f.name() + ", SHA-256 " + f.sha256() + ")")
                .orElse("");
    String family =
        correctHitsOnly
            ? "the tested figures sharing at least one gene with the list only (as clusterProfiler"
                + " does)"
            : "all tested figures, including those sharing no gene with the list";
    String selection = shown.describe();
    return "Over-representation of "
        + genesInUniverse
        + " genes of the list "
        + listName
        + " ("
        + inputIdentifiers
        + " input identifiers mapped to "
        + mappedGenes
        + " approved human gene symbols with the gene reference "
        + referenceSource
        + ") in "
        + figureCount
        + " published pathway figures of Pathway Figure OCR (PFOCR; "
        + corpus
        + ", content digest "
        + shortDigest()
        + ") was tested with figora "
        + figoraVersion
        + " using a one-sided hypergeometric test (equivalent to a one-sided Fisher's exact"
        + " test). The background was "
        + background
        + ". Figures with "
        + minSize
        + " to "
        + maxSize
        + " background genes were tested ("
        + testedFigures
        + " figures), and "
        + correction.methodsSentence(family)
        + "."
        + (selection.isEmpty() ? "" : " " + selection);
  }

  private String shortDigest() {
    int start = corpusContentDigest.indexOf(':') + 1;
    return corpusContentDigest.substring(
        0, Math.min(corpusContentDigest.length(), start + SHORT_DIGEST));
  }
}
