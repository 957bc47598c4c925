package org.figora.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.figora.analysis.corpus.LoadProgress;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.release.InstalledRelease;
import org.figora.analysis.release.ReleaseStore;
import org.figora.analysis.report.CorpusIdentity;

/**
 * A corpus of pathway figures opened for analysis: its index (read from the index cache when the
 * corpus has not changed, else built and cached), the gene reference it was built with, and what
 * reports say about it ({@link #identity()}).
 *
 * <p>A corpus is named by paths (figure record files, folders of them, GMT files) or by an
 * installed PFOCR release: {@code pfocr} for the newest, {@code pfocr@YYYYMMDD} for a given one
 * ({@link ReleaseStore#resolve}). {@link #open(String...)} uses the bundled gene reference and the
 * default cache folder; {@link #opener()} chooses otherwise.
 *
 * <p>A corpus is immutable and safe to share between threads; it keeps the annotated and
 * protein-coding universes once made.
 */
public final class FigureCorpus {

  private final String description;
  private final Optional<String> release;
  private final GeneReference reference;
  private final LoadedIndex loaded;
  private final Map<Universe.Policy, Universe> fixedUniverses = new ConcurrentHashMap<>();
  private CorpusIdentity identity;

  private FigureCorpus(
      String description, Optional<String> release, GeneReference reference, LoadedIndex loaded) {
    this.description = description;
    this.release = release;
    this.reference = reference;
    this.loaded = loaded;
  }

  /**
   * Opens a corpus with the bundled gene reference and the default index cache folder.
   *
   * @param corpus paths of figure records, folders or GMT files; {@code pfocr} or {@code
   *     pfocr@YYYYMMDD} for an installed release
   * @return the opened corpus
   * @throws IOException when corpus files cannot be read, or a named release is not installed
   *     ({@link org.figora.analysis.release.ReleaseException})
   * @throws IllegalArgumentException when no corpus is named or {@code pfocr@} is not followed by a
   *     date
   */
  public static FigureCorpus open(String... corpus) throws IOException {
    return opener().open(List.of(corpus));
  }

  /**
   * @return an opener with the defaults, to choose the cache folder, reference and more
   */
  public static Opener opener() {
    return new Opener(null, null, false, LoadProgress.NONE, Optional.empty());
  }

  /**
   * How to open corpora: an immutable set of choices, each {@code with…} method returning a new
   * opener.
   */
  public static final class Opener {

    private final Path cacheDirectory;
    private final GeneReference reference;
    private final boolean strict;
    private final LoadProgress progress;
    private final Optional<Executor> executor;

    private Opener(
        Path cacheDirectory,
        GeneReference reference,
        boolean strict,
        LoadProgress progress,
        Optional<Executor> executor) {
      this.cacheDirectory = cacheDirectory;
      this.reference = reference;
      this.strict = strict;
      this.progress = progress;
      this.executor = executor;
    }

    /**
     * @param directory the index cache folder (also where PFOCR releases are installed); default
     *     {@code $XDG_CACHE_HOME/figora}, else {@code ~/.cache/figora}
     * @return this opener with that folder
     */
    public Opener withCacheDirectory(Path directory) {
      return new Opener(
          Objects.requireNonNull(directory, "directory"), reference, strict, progress, executor);
    }

    /**
     * @param genes the human gene reference to build indexes with; default {@link
     *     GeneReference#bundled()}
     * @return this opener with that reference
     */
    public Opener withReference(GeneReference genes) {
      return new Opener(
          cacheDirectory, Objects.requireNonNull(genes, "genes"), strict, progress, executor);
    }

    /**
     * @param failOnSkipped whether any unreadable figure file or GMT line is an error rather than
     *     skipped and counted; default false
     * @return this opener with that choice
     */
    public Opener withStrict(boolean failOnSkipped) {
      return new Opener(cacheDirectory, reference, failOnSkipped, progress, executor);
    }

    /**
     * @param listener hears how many corpus files have been read while an index is built
     * @return this opener reporting progress there
     */
    public Opener withProgress(LoadProgress listener) {
      return new Opener(
          cacheDirectory,
          reference,
          strict,
          Objects.requireNonNull(listener, "listener"),
          executor);
    }

    /**
     * @param threads runs the parallel parts of building an index; by default everything runs on
     *     the calling thread (the library starts no threads of its own)
     * @return this opener using that executor
     */
    public Opener withExecutor(Executor threads) {
      return new Opener(
          cacheDirectory,
          reference,
          strict,
          progress,
          Optional.of(Objects.requireNonNull(threads, "threads")));
    }

    /**
     * @return the cache folder this opener uses
     */
    public Path cacheDirectory() {
      return cacheDirectory != null ? cacheDirectory : IndexStore.defaultDirectory(System.getenv());
    }

    /**
     * Opens a corpus.
     *
     * @param corpus paths of figure records, folders or GMT files; {@code pfocr} or {@code
     *     pfocr@YYYYMMDD} for an installed release
     * @return the opened corpus
     * @throws IOException when corpus files cannot be read, or a named release is not installed
     *     ({@link org.figora.analysis.release.ReleaseException})
     * @throws IllegalArgumentException when no corpus is named or {@code pfocr@} is not followed by
     *     a date
     */
    public FigureCorpus open(List<String> corpus) throws IOException {
      if (corpus.isEmpty()) {
        throw new IllegalArgumentException("no corpus named");
      }
      Path cache = cacheDirectory();
      ReleaseStore releases = new ReleaseStore(cache);
      List<Path> paths = new ArrayList<>();
      List<String> described = new ArrayList<>();
      Optional<String> release = Optional.empty();
      for (String argument : corpus) {
        if (ReleaseStore.namesRelease(argument)) {
          InstalledRelease installed = releases.resolve(argument);
          paths.add(installed.gmt());
          described.add(ReleaseStore.RELEASE_NAME + "@" + installed.release());
          release = release.or(() -> Optional.of(installed.release()));
        } else {
          paths.add(Path.of(argument));
          described.add(argument);
        }
      }
      GeneReference genes = reference != null ? reference : GeneReference.bundled();
      IndexStore store = new IndexStore(cache, genes).withProgress(progress);
      if (executor.isPresent()) {
        store = store.withExecutor(executor.get());
      }
      LoadedIndex loaded = store.open(paths, strict);
      return new FigureCorpus(String.join(", ", described), release, genes, loaded);
    }
  }

  /**
   * A corpus from an index already loaded (for tests and tools that manage the cache themselves).
   *
   * @param description how reports name the corpus
   * @param reference the gene reference the index was built with
   * @param loaded the index
   * @return the corpus
   */
  public static FigureCorpus of(String description, GeneReference reference, LoadedIndex loaded) {
    return new FigureCorpus(description, Optional.empty(), reference, loaded);
  }

  /**
   * @return the corpus as named, with releases written {@code pfocr@YYYYMMDD}
   */
  public String description() {
    return description;
  }

  /**
   * @return the PFOCR release date {@code YYYYMMDD} when the corpus is an installed release
   */
  public Optional<String> release() {
    return release;
  }

  /**
   * @return the figure index
   */
  public FigureIndex index() {
    return loaded.index();
  }

  /**
   * @return the index with where it came from (cache or built) and any cache problem
   */
  public LoadedIndex loaded() {
    return loaded;
  }

  /**
   * @return the gene reference the index was built with, which also resolves lists
   */
  public GeneReference reference() {
    return reference;
  }

  /**
   * What reports say about the corpus. The content digest is computed on first use.
   *
   * @return the corpus's identity
   */
  public synchronized CorpusIdentity identity() {
    if (identity == null) {
      identity =
          new CorpusIdentity(
              description,
              release,
              index().contentDigest(),
              loaded.fingerprint(),
              index().figureCount(),
              reference.sourceDescription());
    }
    return identity;
  }

  /**
   * Resolves identifiers (symbols, aliases, previous symbols, Entrez or Ensembl IDs) to approved
   * symbols with this corpus's reference.
   *
   * @param name the list's name
   * @param identifiers the identifiers, in list order
   * @return the resolved list
   */
  public ResolvedGeneList resolve(String name, List<String> identifiers) {
    return new GeneListResolver(reference).resolve(name, numbered(identifiers));
  }

  /** Identifiers given as a list, numbered as if read one per line. */
  static List<InputIdentifier> numbered(List<String> identifiers) {
    List<InputIdentifier> numbered = new ArrayList<>(identifiers.size());
    for (int i = 0; i < identifiers.size(); i++) {
      numbered.add(new InputIdentifier(identifiers.get(i), i + 1));
    }
    return numbered;
  }

  /**
   * Resolves the genes of a gene-list background with this corpus's reference.
   *
   * @param background a background
   * @return its resolved genes; empty for the annotated and protein-coding backgrounds
   */
  public Optional<ResolvedGeneList> resolve(Background background) {
    if (background.isFixed()) {
      return Optional.empty();
    }
    return Optional.of(
        new GeneListResolver(reference).resolve(background.name(), background.identifiers()));
  }

  /**
   * Makes a background for this corpus's index.
   *
   * @param background the background
   * @return the universe, valid with this corpus's index only
   */
  public Universe universe(Background background) {
    return switch (background.policy()) {
      case ANNOTATED ->
          fixedUniverses.computeIfAbsent(background.policy(), p -> Universe.annotated(index()));
      case PROTEIN_CODING ->
          fixedUniverses.computeIfAbsent(
              background.policy(), p -> Universe.proteinCoding(index(), reference));
      case GENE_LIST -> Universe.ofGenes(index(), resolve(background).orElseThrow().symbols());
    };
  }
}
