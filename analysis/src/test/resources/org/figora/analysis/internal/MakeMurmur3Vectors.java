import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Writes murmur3-128-vectors.tsv: texts and their MurmurHash3 x64 128 (seed 0) by Guava, the
 * independent implementation figora's Digests.murmur3Hex is checked against. Run from this folder:
 *
 * <pre>
 * java -cp guava-33.0.0-jre.jar MakeMurmur3Vectors.java &gt; murmur3-128-vectors.tsv
 * </pre>
 *
 * Texts are written with \t, \n and \\ escaped; lengths 0 to 40 cover every tail length twice.
 */
public class MakeMurmur3Vectors {
  public static void main(String[] args) {
    StringBuilder out = new StringBuilder("# Guava 33.0.0-jre Hashing.murmur3_128(), UTF-8 bytes\n");
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
    for (int n = 0; n <= 40; n++) {
      line(out, alphabet.substring(0, n));
    }
    line(out, "path=/work/main/seeds\t/work/main/seeds\nfiles=abc\n");
    line(out, "Grüße, 遺伝子, αβγ, 🧬");
    line(out, "x".repeat(1000));
    line(out, "IGF1R\nIRS1\nAKT1\n".repeat(37));
    System.out.print(out);
  }

  private static void line(StringBuilder out, String text) {
    String hash = Hashing.murmur3_128().hashString(text, StandardCharsets.UTF_8).toString();
    String escaped = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    out.append(escaped).append('\t').append(hash).append('\n');
  }
}
