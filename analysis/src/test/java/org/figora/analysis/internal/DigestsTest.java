package org.figora.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The digests against independent implementations. */
class DigestsTest {

  /**
   * Every text of {@code murmur3-128-vectors.tsv}, whose hashes Guava 33.0.0's {@code
   * Hashing.murmur3_128()} computed ({@code MakeMurmur3Vectors.java} beside it): tails of every
   * length, several blocks, non-ASCII text.
   */
  @Test
  void murmur3MatchesGuava() throws IOException {
    int checked = 0;
    try (InputStream in =
            Objects.requireNonNull(getClass().getResourceAsStream("murmur3-128-vectors.tsv"));
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        String text = unescape(line.substring(0, tab));
        assertEquals(line.substring(tab + 1), Digests.murmur3Hex(text), "text of line: " + line);
        checked++;
      }
    }
    assertEquals(45, checked);
  }

  @Test
  void sha256OfAbcIsTheFips180Example() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Digests.sha256Hex("abc"));
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
