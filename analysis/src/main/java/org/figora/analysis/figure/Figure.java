package org.figora.analysis.figure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.figora.analysis.internal.ImmutableList;

/**
 * One published pathway figure: its PFOCR metadata and its human gene set.
 *
 * <p>Text fields are never null; an absent value is the empty string. Values that PFOCR writes as
 * {@code .na.character}, {@code NA} or {@code ''} are treated as absent.
 *
 * @param figid PFOCR figure identifier, e.g. {@code PMC5738696__ol-15-01-0041-g00}
 * @param figidAlias short alias such as {@code PMC5738696__F1}, or empty
 * @param title figure title ({@code figtitle})
 * @param caption figure caption
 * @param pmcid PubMed Central id of the paper, e.g. {@code PMC5738696}
 * @param paperTitle title of the paper
 * @param referenceText short citation ({@code reftext})
 * @param year publication year, when known
 * @param doi paper DOI, when known
 * @param journal journal title, when known
 * @param organisms organisms PFOCR assigned to the figure ({@code NA} entries removed)
 * @param organismsNer organisms found by named-entity recognition ({@code NA} entries removed)
 * @param automlPathway PFOCR's pathway-figure classifier score, when present
 * @param figureUrl full PMC URL of the figure image page, or empty
 * @param pageUrl the figure's PFOCR page ({@code schema-jsonld.@id}), or empty
 * @param keywords all {@code schema-jsonld.keywords} entries in record order
 * @param humanGenes keywords that exactly equal an approved human gene symbol, de-duplicated, in
 *     record order
 * @param otherKeywords the remaining keywords (other organisms' genes, diseases, chemicals),
 *     de-duplicated, in record order
 * @param source where the figure was read from (file path, or GMT path and line)
 */
public record Figure(
    String figid,
    String figidAlias,
    String title,
    String caption,
    String pmcid,
    String paperTitle,
    String referenceText,
    OptionalInt year,
    Optional<String> doi,
    Optional<String> journal,
    List<String> organisms,
    List<String> organismsNer,
    OptionalDouble automlPathway,
    String figureUrl,
    String pageUrl,
    List<String> keywords,
    List<String> humanGenes,
    List<String> otherKeywords,
    String source) {

  /** Base URL of PubMed Central; PFOCR's {@code figlink} values are paths below it. */
  public static final String PMC_BASE_URL = "https://www.ncbi.nlm.nih.gov";

  /** Base URL of figure pages on the PFOCR site. */
  public static final String PFOCR_FIGURE_BASE_URL = "https://pfocr.wikipathways.org/figures/";

  /**
   * Validates the figure and makes its lists unmodifiable.
   *
   * @param figid PFOCR figure identifier, e.g. {@code PMC5738696__ol-15-01-0041-g00}
   * @param figidAlias short alias such as {@code PMC5738696__F1}, or empty
   * @param title figure title ({@code figtitle})
   * @param caption figure caption
   * @param pmcid PubMed Central id of the paper, e.g. {@code PMC5738696}
   * @param paperTitle title of the paper
   * @param referenceText short citation ({@code reftext})
   * @param year publication year, when known
   * @param doi paper DOI, when known
   * @param journal journal title, when known
   * @param organisms organisms PFOCR assigned to the figure ({@code NA} entries removed)
   * @param organismsNer organisms found by named-entity recognition ({@code NA} entries removed)
   * @param automlPathway PFOCR's pathway-figure classifier score, when present
   * @param figureUrl full PMC URL of the figure image page, or empty
   * @param pageUrl the figure's PFOCR page ({@code schema-jsonld.@id}), or empty
   * @param keywords all {@code schema-jsonld.keywords} entries in record order
   * @param humanGenes keywords that exactly equal an approved human gene symbol, de-duplicated, in
   *     record order
   * @param otherKeywords the remaining keywords (other organisms' genes, diseases, chemicals),
   *     de-duplicated, in record order
   * @param source where the figure was read from (file path, or GMT path and line)
   */
  public Figure {
    Objects.requireNonNull(figid, "figid");
    if (figid.isBlank()) {
      throw new IllegalArgumentException("figid is blank");
    }
    figidAlias = Objects.requireNonNullElse(figidAlias, "");
    title = Objects.requireNonNullElse(title, "");
    caption = Objects.requireNonNullElse(caption, "");
    pmcid = Objects.requireNonNullElse(pmcid, "");
    paperTitle = Objects.requireNonNullElse(paperTitle, "");
    referenceText = Objects.requireNonNullElse(referenceText, "");
    year = Objects.requireNonNullElse(year, OptionalInt.empty());
    doi = Objects.requireNonNullElse(doi, Optional.empty());
    journal = Objects.requireNonNullElse(journal, Optional.empty());
    organisms = List.copyOf(organisms);
    organismsNer = List.copyOf(organismsNer);
    automlPathway = Objects.requireNonNullElse(automlPathway, OptionalDouble.empty());
    figureUrl = Objects.requireNonNullElse(figureUrl, "");
    pageUrl = Objects.requireNonNullElse(pageUrl, "");
    keywords = unmodifiable(keywords);
    humanGenes = unmodifiable(humanGenes);
    otherKeywords = unmodifiable(otherKeywords);
    source = Objects.requireNonNullElse(source, "");
  }

  /**
   * A list as a figure keeps it: unmodifiable, copied unless already so ({@link ImmutableList}).
   */
  private static List<String> unmodifiable(List<String> list) {
    return list instanceof ImmutableList ? list : List.copyOf(list);
  }

  /**
   * Creates a figure known only by its gene set, as read from a GMT line. A PFOCR figid ({@code
   * PMC…__…}) without a page URL gets its PFOCR page URL, which PFOCR derives from the figid.
   *
   * @param figid the set name or figure id
   * @param title the figure title (may be empty)
   * @param pageUrl the figure page URL (may be empty)
   * @param humanGenes approved human symbols, de-duplicated
   * @param source where the set was read
   * @return the figure
   */
  public static Figure ofGeneSet(
      String figid, String title, String pageUrl, List<String> humanGenes, String source) {
    String pmcid = pmcidOf(figid);
    String page =
        pageUrl.isEmpty() && !pmcid.isEmpty() ? PFOCR_FIGURE_BASE_URL + figid + ".html" : pageUrl;
    // One immutable copy serves as both keywords and human genes (copying it again is a no-op).
    List<String> genes = List.copyOf(humanGenes);
    return new Figure(
        figid,
        "",
        title,
        "",
        pmcid,
        "",
        "",
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        OptionalDouble.empty(),
        "",
        page,
        genes,
        genes,
        List.of(),
        source);
  }

  /**
   * The PMC id at the start of a PFOCR figid ({@code PMC123__x} gives {@code PMC123}).
   *
   * @param figid a figure id
   * @return the PMC id, or empty when the figid does not start with one
   */
  public static String pmcidOf(String figid) {
    int cut = figid.indexOf("__");
    if (cut <= 3 || !figid.startsWith("PMC")) {
      return "";
    }
    for (int i = 3; i < cut; i++) {
      if (figid.charAt(i) < '0' || figid.charAt(i) > '9') {
        return "";
      }
    }
    return figid.substring(0, cut);
  }

  /**
   * The figure's image at PubMed Central, built as the PFOCR site builds its image links: {@code
   * https://www.ncbi.nlm.nih.gov/pmc/articles/PMCID/bin/FILENAME}, where a PFOCR figid is {@code
   * PMCID__STEM} and the record's {@code filename} is {@code STEM.jpg} (true of every record of the
   * PFOCR sample), so the link needs only the figid.
   *
   * @return the image URL, or empty when the figid is not a PFOCR figid ({@code PMC…__…})
   */
  public String imageUrl() {
    String pmc = pmcidOf(figid);
    if (pmc.isEmpty() || figid.length() <= pmc.length() + 2) {
      return "";
    }
    return PMC_BASE_URL
        + "/pmc/articles/"
        + pmc
        + "/bin/"
        + figid.substring(pmc.length() + 2)
        + ".jpg";
  }

  /**
   * The figure's page to show a reader: its PFOCR page when known, else its PMC figure page.
   *
   * @return a URL, or empty when neither is known
   */
  public String bestUrl() {
    return !pageUrl.isEmpty() ? pageUrl : figureUrl;
  }

  /**
   * Whether this figure answers to a name: its figid or its alias.
   *
   * @param name a figid or alias
   * @return true when it matches exactly
   */
  public boolean isNamed(String name) {
    return figid.equals(name) || (!figidAlias.isEmpty() && figidAlias.equals(name));
  }
}
