package org.figora.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.figora.analysis.gene.GeneReference;
import picocli.CommandLine.IVersionProvider;

/** figora's version, from the build, and the gene reference it ships. */
public final class VersionProvider implements IVersionProvider {

  /** @return figora's version, e.g. {@code 0.1.0} */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "figora " + version(),
      "gene reference: " + GeneReference.bundled().sourceDescription(),
      "Java " + System.getProperty("java.version")
    };
  }
}
