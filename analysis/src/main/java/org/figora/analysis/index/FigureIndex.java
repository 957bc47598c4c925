package org.figora.analysis.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.internal.Digests;
import org.figora.analysis.internal.Parallel;

/**
 * An immutable, primitive index over a corpus: genes interned to ints ({@code 0..geneCount-1}, in
 * symbol order), each figure's gene set, and each gene's postings (the figures that contain it),
 * both in compressed sparse row layout.
 *
 * <p>Figure {@code f} holds genes {@code figureGenes[figureOffsets[f] .. figureOffsets[f+1])}
 * (sorted ascending); gene {@code g} occurs in figures {@code postings[geneOffsets[g] ..
 * geneOffsets[g+1])} (sorted ascending). No boxed collections are touched on the query path.
 */
public final class FigureIndex {

  private final Corpus corpus;

  /**
   * The corpus's figures, read by {@link #figure} without a cast: a cache's, decoded when first
   * read; otherwise an array of them, the other null.
   */
  private final LazyFigures lazyFigures;

  private final Figure[] figureArray;

  private final String[] genes;
  private final Map<String, Integer> geneIds;
  private final int[] figureOffsets;
  private final int[] figureGenes;
  private final int[] geneOffsets;
  private final int[] postings;

  /** The corpus's similar figures at the default grouping threshold, when known. */
  private final SimilarFigures similarFigures;

  /** Figure numbers in figid order; computed on first use (a benign race computes it twice). */
  private volatile int[] byFigid;

  /** The content digest; computed on first use (a benign race computes it twice). */
  private volatile String contentDigest;

  private FigureIndex(Corpus corpus, String[] genes, int[] figureOffsets, int[] figureGenes) {
    this(corpus, genes, idsOf(genes), figureOffsets, figureGenes);
  }

  private static Map<String, Integer> idsOf(String[] genes) {
    Map<String, Integer> ids = new HashMap<>(genes.length * 2);
    for (int g = 0; g < genes.length; g++) {
      ids.put(genes[g], g);
    }
    return ids;
  }

  private FigureIndex(
      Corpus corpus,
      String[] genes,
      Map<String, Integer> geneIds,
      int[] figureOffsets,
      int[] figureGenes) {
    this.corpus = corpus;
    this.lazyFigures = corpus.figures() instanceof LazyFigures lazy ? lazy : null;
    this.figureArray = lazyFigures != null ? null : corpus.figures().toArray(new Figure[0]);
    this.genes = genes;
    this.figureOffsets = figureOffsets;
    this.figureGenes = figureGenes;
    this.geneIds = geneIds;
    this.similarFigures = null;
    this.geneOffsets = new int[genes.length + 1];
    for (int member : figureGenes) {
      geneOffsets[member + 1]++;
    }
    for (int g = 0; g < genes.length; g++) {
      geneOffsets[g + 1] += geneOffsets[g];
    }
    this.postings = new int[figureGenes.length];
    int[] fill = Arrays.copyOf(geneOffsets, genes.length);
    for (int f = 0; f < figureOffsets.length - 1; f++) {
      for (int i = figureOffsets[f]; i < figureOffsets[f + 1]; i++) {
        postings[fill[figureGenes[i]]++] = f;
      }
    }
  }

  /** The same index with its similar figures (every array shared). */
  private FigureIndex(FigureIndex index, SimilarFigures similarFigures) {
    this.corpus = index.corpus;
    this.lazyFigures = index.lazyFigures;
    this.figureArray = index.figureArray;
    this.genes = index.genes;
    this.geneIds = index.geneIds;
    this.figureOffsets = index.figureOffsets;
    this.figureGenes = index.figureGenes;
    this.geneOffsets = index.geneOffsets;
    this.postings = index.postings;
    this.byFigid = index.byFigid;
    this.contentDigest = index.contentDigest;
    this.similarFigures = similarFigures;
  }

  /**
   * This index with the corpus's similar figures, which grouping reads instead of comparing gene
   * sets (see {@link SimilarSets}). The index's own arrays are shared, not copied.
   *
   * @param similar the similar figures of this very corpus
   * @return a new index
   * @throws IllegalArgumentException when they are of another number of figures
   */
  public FigureIndex withSimilarFigures(SimilarFigures similar) {
    if (similar.figureCount() != figureCount()) {
      throw new IllegalArgumentException(
          "similar figures of " + similar.figureCount() + " figures, not " + figureCount());
    }
    return new FigureIndex(this, similar);
  }

  /**
   * @return the corpus's similar figures, when they were computed (an index built and cached by
   *     {@link IndexStore}, or read from its cache), else empty
   */
  public Optional<SimilarFigures> similarFigures() {
    return Optional.ofNullable(similarFigures);
  }

  /**
   * An index from arrays read back from the cache, with the figid order stored beside them.
   *
   * @param corpus the figures (possibly decoded lazily)
   * @param genes the gene symbols, sorted
   * @param figureOffsets CSR offsets of each figure's genes
   * @param figureGenes CSR gene ids, sorted within each figure
   * @param byFigid figure numbers in figid order
   * @return the index
   */
  static FigureIndex fromArrays(
      Corpus corpus, String[] genes, int[] figureOffsets, int[] figureGenes, int[] byFigid) {
    FigureIndex index = new FigureIndex(corpus, genes, figureOffsets, figureGenes);
    index.byFigid = byFigid;
    return index;
  }

  /**
   * @return the concatenated gene symbols array (shared, do not modify)
   */
  String[] geneArray() {
    return genes;
  }

  /**
   * Indexes a corpus.
   *
   * @param corpus the figures
   * @return the index
   */
  public static FigureIndex of(Corpus corpus) {
    return of(corpus, Optional.empty());
  }

  /**
   * Indexes a corpus, working on chunks of figures on an executor.
   *
   * @param corpus the figures
   * @param executor where chunks are indexed, or empty for the calling thread
   * @return the index, the same whichever executor made it
   */
  public static FigureIndex of(Corpus corpus, Optional<Executor> executor) {
    Objects.requireNonNull(corpus, "corpus");
    List<Figure> figures = corpus.figures();
    int[] offsets = new int[figures.size() + 1];
    for (int f = 0; f < figures.size(); f++) {
      offsets[f + 1] = offsets[f] + figures.get(f).humanGenes().size();
    }
    // Chunks of figures on the executor: their distinct genes, merged and sorted into gene ids;
    // then each figure's ids, looked up in the finished (read-only) map and sorted.
    int chunks = (figures.size() + CHUNK - 1) / CHUNK;
    Set<String> distinct =
        Parallel.map(
                executor,
                chunks,
                c -> genesOf(figures, c * CHUNK, Math.min(figures.size(), (c + 1) * CHUNK)))
            .stream()
            .reduce(
                new HashSet<>(),
                (a, b) -> {
                  if (a.size() < b.size()) {
                    b.addAll(a);
                    return b;
                  }
                  a.addAll(b);
                  return a;
                });
    String[] genes = distinct.toArray(String[]::new);
    Arrays.sort(genes);
    Map<String, Integer> ids = idsOf(genes);
    int[] members = new int[offsets[figures.size()]];
    Parallel.map(
        executor,
        chunks,
        c -> {
          for (int f = c * CHUNK; f < Math.min(figures.size(), (c + 1) * CHUNK); f++) {
            int at = offsets[f];
            for (String gene : figures.get(f).humanGenes()) {
              members[at++] = ids.get(gene);
            }
            Arrays.sort(members, offsets[f], offsets[f + 1]);
          }
          return null;
        });
    return new FigureIndex(corpus, genes, ids, offsets, members);
  }

  /** Figures indexed per parallel task. */
  private static final int CHUNK = 4096;

  private static Set<String> genesOf(List<Figure> figures, int from, int to) {
    Set<String> genes = new HashSet<>();
    for (int f = from; f < to; f++) {
      genes.addAll(figures.get(f).humanGenes());
    }
    return genes;
  }

  /**
   * Figure numbers in figid order, computed on first use.
   *
   * @return a new array with every figure number once, ordered by figid
   */
  public int[] figuresByFigid() {
    int[] order = byFigid;
    if (order == null) {
      order =
          java.util.stream.IntStream.range(0, figureCount())
              .boxed()
              .sorted(java.util.Comparator.comparing(f -> figure(f).figid()))
              .mapToInt(Integer::intValue)
              .toArray();
      byFigid = order;
    }
    return order.clone();
  }

  /**
   * The identity of the indexed content: a SHA-256 digest of every figure's figid and human gene
   * set, figures in figid order and genes in symbol order. It depends on nothing else (not on file
   * names, sizes, times or the order files were read), so byte-identical corpora, a copy or a
   * touched file give the same digest, and any change of a figure id or gene set gives another.
   * Computed on first use.
   *
   * @return {@code sha256:} followed by 64 lowercase hex digits
   */
  public String contentDigest() {
    String digest = contentDigest;
    if (digest == null) {
      // The bytes digested: per figure "figid\tGENE,GENE,...\n". They are gathered in blocks
      // (not one update per separator), each gene's UTF-8 once, and a cached figure's figid read
      // from the cache's bytes without decoding the figure.
      DigestBlocks sha = new DigestBlocks(Digests.sha256());
      byte[][] geneBytes = new byte[genes.length][];
      List<Figure> figures = corpus.figures();
      for (int f : figuresByFigid()) {
        sha.add(
            figures instanceof LazyFigures lazy
                ? lazy.figidUtf8(f)
                : figures.get(f).figid().getBytes(StandardCharsets.UTF_8));
        byte separator = '\t';
        for (int i = figureOffsets[f]; i < figureOffsets[f + 1]; i++) {
          sha.add(separator);
          int gene = figureGenes[i];
          if (geneBytes[gene] == null) {
            geneBytes[gene] = genes[gene].getBytes(StandardCharsets.UTF_8);
          }
          sha.add(geneBytes[gene]);
          separator = ',';
        }
        sha.add((byte) '\n');
      }
      digest = "sha256:" + HexFormat.of().formatHex(sha.digest());
      contentDigest = digest;
    }
    return digest;
  }

  /** Bytes handed to a digest in blocks of 64 KiB: the same digest as one update per byte. */
  private static final class DigestBlocks {
    private final MessageDigest sha;
    private final byte[] block = new byte[1 << 16];
    private int length;

    DigestBlocks(MessageDigest sha) {
      this.sha = sha;
    }

    void add(byte b) {
      if (length == block.length) {
        sha.update(block, 0, length);
        length = 0;
      }
      block[length++] = b;
    }

    void add(byte[] bytes) {
      if (length + bytes.length > block.length) {
        sha.update(block, 0, length);
        length = 0;
        if (bytes.length > block.length) {
          sha.update(bytes);
          return;
        }
      }
      System.arraycopy(bytes, 0, block, length, bytes.length);
      length += bytes.length;
    }

    byte[] digest() {
      sha.update(block, 0, length);
      return sha.digest();
    }
  }

  /**
   * @return the corpus this index was built from
   */
  public Corpus corpus() {
    return corpus;
  }

  /**
   * @return number of figures
   */
  public int figureCount() {
    return figureOffsets.length - 1;
  }

  /**
   * @return number of distinct human genes in the corpus (the annotated genes)
   */
  public int geneCount() {
    return genes.length;
  }

  /**
   * @param figure a figure number, {@code 0..figureCount-1}
   * @return the figure's metadata
   */
  public Figure figure(int figure) {
    // Typed reads: List.get's erased result would be cast, and the cast reads the figure's class
    // from the figure itself, a cache miss for every row of a large report, which needs only the
    // reference (measured in bench/RESULTS.md).
    return lazyFigures != null ? lazyFigures.figure(figure) : figureArray[figure];
  }

  /**
   * @param gene a gene id
   * @return its approved symbol
   */
  public String symbol(int gene) {
    return genes[gene];
  }

  /**
   * @param symbol an approved symbol
   * @return its gene id, if any figure contains it
   */
  public Optional<Integer> geneId(String symbol) {
    return Optional.ofNullable(geneIds.get(symbol));
  }

  /**
   * @param symbol an approved symbol
   * @return its gene id, or -1 when no figure contains it
   */
  public int geneIdOrMinusOne(String symbol) {
    Integer id = geneIds.get(symbol);
    return id == null ? -1 : id;
  }

  /**
   * @param figure a figure number
   * @return number of human genes in the figure
   */
  public int figureSize(int figure) {
    return figureOffsets[figure + 1] - figureOffsets[figure];
  }

  /**
   * @return the figure offsets into {@link #figureGenes()} (shared, do not modify)
   */
  int[] figureOffsets() {
    return figureOffsets;
  }

  /**
   * @return the concatenated, per-figure sorted gene ids (shared, do not modify)
   */
  int[] figureGenes() {
    return figureGenes;
  }

  /**
   * Copies the gene ids of one figure.
   *
   * @param figure a figure number
   * @return its gene ids, ascending
   */
  public int[] genesOf(int figure) {
    return Arrays.copyOfRange(figureGenes, figureOffsets[figure], figureOffsets[figure + 1]);
  }

  /**
   * Adds one to the count of every figure that contains a gene: the inner step of scanning a list's
   * genes against the whole corpus, without allocation. Counting a list's genes this way gives each
   * figure's overlap with the list.
   *
   * @param gene a gene id
   * @param counts one count per figure number, at least {@link #figureCount()} long
   */
  public void countFiguresWith(int gene, int[] counts) {
    for (int i = geneOffsets[gene], end = geneOffsets[gene + 1]; i < end; i++) {
      counts[postings[i]]++;
    }
  }

  /**
   * Gives every figure that contains a gene, in ascending figure number, without allocation.
   *
   * @param gene a gene id
   * @param action called with each figure number
   */
  public void forEachFigureWith(int gene, IntConsumer action) {
    for (int i = geneOffsets[gene], end = geneOffsets[gene + 1]; i < end; i++) {
      action.accept(postings[i]);
    }
  }

  /**
   * The first posting of a gene; with {@link #postingsEnd(int)} and {@link #posting(int)} this
   * walks the figures containing the gene (the layout behind {@link #countFiguresWith} and {@link
   * #forEachFigureWith}, for this package and its tests).
   *
   * @param gene a gene id
   * @return start position in the postings array
   */
  int postingsStart(int gene) {
    return geneOffsets[gene];
  }

  /**
   * @param gene a gene id
   * @return end position (exclusive) in the postings array
   */
  int postingsEnd(int gene) {
    return geneOffsets[gene + 1];
  }

  /**
   * @param position a position between {@link #postingsStart} and {@link #postingsEnd}
   * @return the figure number stored there
   */
  int posting(int position) {
    return postings[position];
  }

  /**
   * @param gene a gene id
   * @return how many figures contain the gene
   */
  public int figureCountOf(int gene) {
    return geneOffsets[gene + 1] - geneOffsets[gene];
  }

  /**
   * @return all annotated gene symbols, sorted
   */
  public List<String> genes() {
    return List.of(genes);
  }

  /**
   * Figures containing a gene.
   *
   * @param symbol an approved symbol
   * @return figure numbers, ascending; empty when no figure has the gene
   */
  public List<Integer> figuresWith(String symbol) {
    int gene = geneIdOrMinusOne(symbol);
    List<Integer> result = new ArrayList<>();
    if (gene >= 0) {
      for (int i = geneOffsets[gene]; i < geneOffsets[gene + 1]; i++) {
        result.add(postings[i]);
      }
    }
    return result;
  }
}
